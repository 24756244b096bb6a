import { Howl, Howler } from 'howler';
import { locale } from '$lib/i18n/locale.svelte';
import { MediaOpenError, type MediaEngine } from './engine';

/** howler keeps its html5 node on its first sound; its public duration() is rounded, the node's is not. */
interface HowlInternals {
	_sounds: { _id: number; _node: HTMLAudioElement | undefined }[];
}

/** Plays audio through howler in html5 mode (streams long files, keeps pitch when slowed). */
export class HowlerEngine implements MediaEngine {
	readonly kind = 'audio';
	readonly element = null;
	#howl: Howl;
	#id: number;
	#node: HTMLAudioElement;
	#knownDuration: number;
	#pendingSeek: number | null = null;
	/** Set when playback reached the end: howler rewinds its node, the reader should see the end. */
	#endedAt: number | null = null;
	#listeners: (() => void)[] = [];
	/** A play() whose media promise has not settled yet: howler locks itself until it does. */
	#starting = false;
	/**
	 * A pause asked for while starting. howler would queue it and, in html5 mode, not run its queue
	 * when the play settles, so the sound kept playing (and the stale pause could fire much later);
	 * the engine pauses itself once the play has settled instead.
	 */
	#pauseWanted = false;
	#onSeeked = () => {
		this.#pendingSeek = null;
		for (const listener of this.#listeners) listener();
	};

	private constructor(howl: Howl, knownDuration: number) {
		this.#howl = howl;
		const sound = (howl as unknown as HowlInternals)._sounds[0];
		if (!sound?._node) throw new MediaOpenError(locale.t.audioPlayerNotStarted);
		this.#id = sound._id;
		this.#node = sound._node;
		this.#knownDuration = knownDuration;
		const notify = () => {
			for (const listener of this.#listeners) listener();
		};
		howl.on('end', () => {
			this.#endedAt = this.duration();
			// howler stops (and rewinds) the sound right after emitting 'end'.
			setTimeout(notify, 0);
		});
		howl.on('pause', notify);
		howl.on('play', notify);
		howl.on('playerror', notify);
		howl.on('seek', notify);
		// The node's position is authoritative once its own seek completes.
		this.#node.addEventListener('seeked', this.#onSeeked);
	}

	/** Loads `url` (an object URL) with howler; `format` is the file's extension, as blob URLs have none. */
	static load(url: string, format: string, knownDuration: number): Promise<HowlerEngine> {
		// howler's auto-unlock reloads the node on the first click or key, losing a paused seek; media
		// elements need no unlock here, the file was picked by the user.
		Howler.autoUnlock = false;
		// html5 playback needs no Web Audio; without this howler creates an AudioContext on the first
		// sound, which blocked the main thread for ~0.5 s right after a file was chosen.
		Howler.usingWebAudio = false;
		return new Promise((resolve, reject) => {
			const howl: Howl = new Howl({
				src: [url],
				format: [format],
				html5: true,
				preload: true,
				onload: () => {
					try {
						resolve(new HowlerEngine(howl, knownDuration));
					} catch (error) {
						howl.unload();
						reject(error instanceof Error ? error : new Error(String(error)));
					}
				},
				onloaderror: (_id, error) => {
					howl.unload();
					// In html5 mode howler passes the media element's error code.
					const code = typeof error === 'number' ? error : Number(error);
					reject(
						new MediaOpenError(
							locale.t.audioNotLoaded(String(error)),
							Number.isInteger(code) ? code : null
						)
					);
				}
			});
		});
	}

	time(): number {
		if (this.#endedAt !== null) return this.#endedAt;
		const now = this.#node.currentTime;
		if (this.#pendingSeek === null) return now;
		if (Math.abs(now - this.#pendingSeek) < 0.25) {
			this.#pendingSeek = null;
			return now;
		}
		return this.#pendingSeek;
	}

	duration(): number {
		const d = this.#node.duration;
		return Number.isFinite(d) ? d : this.#knownDuration;
	}

	paused(): boolean {
		return this.#pauseWanted || this.#endedAt !== null || !this.#howl.playing(this.#id);
	}

	play(): Promise<void> {
		this.#pauseWanted = false;
		return new Promise((resolve) => {
			if (!this.paused()) return resolve();
			this.#endedAt = null;
			const done = () => {
				this.#howl.off('play', done, this.#id);
				this.#howl.off('playerror', done, this.#id);
				this.#starting = false;
				if (this.#pauseWanted) {
					this.#pauseWanted = false;
					this.#howl.pause(this.#id);
				}
				resolve();
			};
			this.#starting = true;
			this.#howl.once('play', done, this.#id);
			this.#howl.once('playerror', done, this.#id);
			this.#howl.play(this.#id);
		});
	}

	pause(): void {
		if (this.#starting) this.#pauseWanted = true;
		else this.#howl.pause(this.#id);
	}

	seek(t: number): void {
		this.#endedAt = null;
		this.#pendingSeek = t;
		this.#howl.seek(t, this.#id);
	}

	setRate(rate: number): void {
		this.#howl.rate(rate, this.#id);
	}

	onStateChange(listener: () => void): void {
		this.#listeners.push(listener);
	}

	destroy(): void {
		this.#listeners = [];
		this.#node.removeEventListener('seeked', this.#onSeeked);
		this.#howl.off();
		this.#howl.unload();
	}
}
