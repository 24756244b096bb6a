import type { MediaEngine } from './engine';
import { openMediaFile } from './open-media';

/** The playback rates offered, slowest first. */
export const RATES = [0.5, 0.75, 1, 1.25, 1.5, 1.75, 2] as const;

/** The one clock of the app: owns the media engine and publishes its position every animation frame. */
export class Player {
	#engine: MediaEngine | null = $state.raw(null);
	#url: string | null = null;
	#time = $state(0);
	#duration = $state(Number.NaN);
	#playing = $state(false);
	#rate = $state(1);
	#mediaName: string | null = $state(null);
	#opening = $state(false);
	#frame = 0;
	#generation = 0;

	/** Current position in seconds (exact, updated every frame while playing). */
	get time(): number {
		return this.#time;
	}
	/** Duration of the open media in seconds, NaN when none is open. */
	get duration(): number {
		return this.#duration;
	}
	/** True while the media plays. */
	get playing(): boolean {
		return this.#playing;
	}
	/** Playback rate, 0.5–2. */
	get rate(): number {
		return this.#rate;
	}
	/** Name of the open media file, null when none. */
	get mediaName(): string | null {
		return this.#mediaName;
	}
	/** True while a newly chosen file is being opened. */
	get opening(): boolean {
		return this.#opening;
	}
	/** The open engine, for components that show it (the video element). */
	get engine(): MediaEngine | null {
		return this.#engine;
	}

	/** Opens a local media file; the previous one keeps playing until the new one is ready, then is released. */
	async open(file: File): Promise<void> {
		const generation = ++this.#generation;
		this.#opening = true;
		try {
			const opened = await openMediaFile(file);
			if (generation !== this.#generation) {
				opened.engine.destroy();
				URL.revokeObjectURL(opened.url);
				return;
			}
			this.#release();
			this.#engine = opened.engine;
			this.#url = opened.url;
			this.#mediaName = file.name;
			this.#duration = opened.engine.duration();
			opened.engine.setRate(this.#rate);
			opened.engine.onStateChange(() => this.#sync());
			const start = this.#time;
			if (start > 0 && start < this.#duration) opened.engine.seek(start);
			else this.#time = 0;
		} finally {
			if (generation === this.#generation) this.#opening = false;
		}
	}

	/** Starts playback (no-op without media). */
	async play(): Promise<void> {
		const engine = this.#engine;
		if (!engine) return;
		this.#playing = true;
		this.#loop();
		await engine.play();
		this.#sync();
	}

	/** Pauses playback. */
	pause(): void {
		this.#engine?.pause();
		this.#sync();
	}

	/** Plays when paused, pauses when playing. */
	async toggle(): Promise<void> {
		if (this.#playing) this.pause();
		else await this.play();
	}

	/** Moves to `t` seconds, keeping play/pause; without media, remembers it for the file opened next. */
	seek(t: number): void {
		const end = this.#duration;
		const clamped = Math.max(0, Number.isFinite(end) ? Math.min(t, end) : t);
		this.#time = clamped;
		this.#engine?.seek(clamped);
	}

	/** Sets the playback rate (pitch is kept). */
	setRate(rate: number): void {
		this.#rate = rate;
		this.#engine?.setRate(rate);
	}

	/** Releases the media, its object URL and the frame loop. */
	destroy(): void {
		this.#generation++;
		this.#release();
	}

	#release(): void {
		cancelAnimationFrame(this.#frame);
		this.#frame = 0;
		this.#engine?.destroy();
		if (this.#url) URL.revokeObjectURL(this.#url);
		this.#engine = null;
		this.#url = null;
		this.#playing = false;
		this.#mediaName = null;
		this.#duration = Number.NaN;
	}

	/** Re-reads play state and position from the engine after an event the clock cannot see. */
	#sync(): void {
		const engine = this.#engine;
		if (!engine) return;
		this.#playing = !engine.paused();
		this.#time = engine.time();
		const d = engine.duration();
		if (Number.isFinite(d)) this.#duration = d;
		if (this.#playing) this.#loop();
	}

	/** Reads the media clock once per animation frame while playing. */
	#loop(): void {
		if (this.#frame) return;
		const tick = () => {
			const engine = this.#engine;
			if (!engine || !this.#playing) {
				this.#frame = 0;
				return;
			}
			const t = engine.time();
			if (t !== this.#time) this.#time = t;
			this.#frame = requestAnimationFrame(tick);
		};
		this.#frame = requestAnimationFrame(tick);
	}
}
