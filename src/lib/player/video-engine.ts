import type { MediaEngine } from './engine';

/** Plays a video file in its own `<video>` element, which the page shows beside the text. */
export class VideoEngine implements MediaEngine {
	readonly kind = 'video';
	readonly element: HTMLVideoElement;
	#knownDuration: number;
	#listeners: (() => void)[] = [];
	#notify = () => {
		for (const listener of this.#listeners) listener();
	};

	/** Takes over an element whose metadata is loaded (from the probe). */
	constructor(element: HTMLVideoElement, knownDuration: number) {
		this.element = element;
		this.#knownDuration = knownDuration;
		element.preload = 'auto';
		element.controls = false;
		element.playsInline = true;
		element.preservesPitch = true;
		for (const type of ['play', 'pause', 'ended', 'seeked'])
			element.addEventListener(type, this.#notify);
	}

	time(): number {
		return this.element.currentTime;
	}

	duration(): number {
		const d = this.element.duration;
		return Number.isFinite(d) ? d : this.#knownDuration;
	}

	paused(): boolean {
		return this.element.paused;
	}

	async play(): Promise<void> {
		try {
			await this.element.play();
		} catch {
			// Refused (no user gesture) or interrupted by pause(): the state listeners report it.
			this.#notify();
		}
	}

	pause(): void {
		this.element.pause();
	}

	seek(t: number): void {
		this.element.currentTime = t;
	}

	setRate(rate: number): void {
		this.element.playbackRate = rate;
	}

	onStateChange(listener: () => void): void {
		this.#listeners.push(listener);
	}

	destroy(): void {
		this.#listeners = [];
		for (const type of ['play', 'pause', 'ended', 'seeked']) {
			this.element.removeEventListener(type, this.#notify);
		}
		this.element.pause();
		this.element.removeAttribute('src');
		this.element.load();
		this.element.remove();
	}
}
