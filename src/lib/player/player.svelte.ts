import type { MediaEngine } from './engine';
import {
	boundaryAction,
	clampRate,
	loopAtEnd,
	nextEvent,
	type Boundaries,
	type Loop
} from './loop';
import { openMediaFile } from './open-media';

export { RATES } from './loop';

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
	#loopRange: Loop | null = $state.raw(null);
	#pauseAt: (() => ArrayLike<number> | null) | null = null;
	#marks: (() => readonly (ArrayLike<number> | null)[]) | null = null;
	#lastOvershoot = $state(Number.NaN);
	#frame = 0;
	#lastFrame = 0;
	#frameGap = 1000 / 60;
	#timer: ReturnType<typeof setTimeout> | undefined;
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
	/** Playback rate in effect, 0.5–2 (the loop's own rate while a loop with one is set). */
	get rate(): number {
		return this.#loopRange?.rate ?? this.#rate;
	}
	/** The player's own rate, whatever a loop's rate is. */
	get baseRate(): number {
		return this.#rate;
	}
	/** The loop being repeated, or null. */
	get loop(): Loop | null {
		return this.#loopRange;
	}
	/** How far past its end (s) the media had run when the clock last jumped back or paused at a boundary. */
	get lastOvershoot(): number {
		return this.#lastOvershoot;
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
			opened.engine.setRate(this.rate);
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
		this.#run();
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
		this.#cancelTimer();
		this.#time = clamped;
		this.#engine?.seek(clamped);
	}

	/** Sets the playback rate (pitch is kept), clamped to 0.5–2 in 0.05 steps; a loop with its own rate takes it. */
	setRate(rate: number): void {
		const r = clampRate(rate);
		const loop = this.#loopRange;
		if (loop?.rate != null) this.#loopRange = { ...loop, rate: r };
		else this.#rate = r;
		this.#engine?.setRate(r);
	}

	/** Repeats `loop` from now on (null stops looping); its rate, if any, applies while it is set. */
	setLoop(loop: Loop | null): void {
		const valid =
			loop && loop.end > loop.start
				? { ...loop, rate: loop.rate === null ? null : clampRate(loop.rate) }
				: null;
		this.#loopRange = valid;
		this.#engine?.setRate(this.rate);
	}

	/** Where to pause while playing: a source of sorted unit starts (end of each section or sentence), or null. */
	setPauseAt(starts: (() => ArrayLike<number> | null) | null): void {
		this.#pauseAt = starts;
	}

	/**
	 * Where what is shown changes (ascending section, entry and sentence starts): a boundary that falls
	 * between two frames is published at its own moment, not up to a frame late.
	 */
	setMarks(marks: (() => readonly (ArrayLike<number> | null)[]) | null): void {
		this.#marks = marks;
	}

	/** Releases the media, its object URL and the frame loop. */
	destroy(): void {
		this.#generation++;
		this.#release();
	}

	#release(): void {
		this.#stopFrames();
		this.#cancelTimer();
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
		const wasPlaying = this.#playing;
		const prev = this.#time;
		this.#playing = !engine.paused();
		this.#time = engine.time();
		const d = engine.duration();
		if (Number.isFinite(d)) this.#duration = d;
		// The media ended inside a loop that runs to its end: the loop goes on.
		const again =
			wasPlaying && !this.#playing
				? loopAtEnd(prev, this.#time, this.#duration, this.#loopRange)
				: null;
		if (again !== null) {
			engine.seek(again);
			this.#time = again;
			void this.play();
			return;
		}
		if (this.#playing) this.#run();
	}

	/**
	 * Reads the media clock once per animation frame while playing; loops and pause points act here.
	 * When the next boundary (a mark, a loop end, a pause point) falls before the next frame, a timer
	 * reads the clock again at that moment, so the highlight, loops and pauses land on time.
	 */
	#run(): void {
		if (this.#frame) return;
		const tick = (now: number) => {
			if (this.#lastFrame) this.#frameGap = Math.min(50, Math.max(4, now - this.#lastFrame));
			this.#lastFrame = now;
			const engine = this.#engine;
			if (!engine || !this.#playing || !this.#advance(engine, null)) {
				this.#stopFrames();
				return;
			}
			this.#aim(engine);
			this.#frame = requestAnimationFrame(tick);
		};
		this.#frame = requestAnimationFrame(tick);
	}

	/**
	 * Reads the clock (treating it as `at` when a timer aimed at `at` fires a hair early), acts on a loop
	 * end or pause point crossed, and publishes the position; false when playback stopped.
	 */
	#advance(engine: MediaEngine, at: number | null): boolean {
		let t = engine.time();
		if (at !== null && t < at && at - t < 0.004) t = at;
		// While playing the clock only moves forward, except by a seek (which sets the time itself).
		if (t < this.#time && this.#time - t < 0.01) return true;
		const action = boundaryAction(this.#time, t, this.#boundaries());
		if (action.kind === 'jump') {
			this.#lastOvershoot = action.overshoot;
			engine.seek(action.to);
			this.#time = action.to;
			// A loop that runs to the end of the file: the media may have ended there already.
			if (engine.paused()) void engine.play();
		} else if (action.kind === 'pause') {
			this.#lastOvershoot = action.overshoot;
			engine.pause();
			engine.seek(action.at);
			this.#time = action.at;
			this.#playing = false;
			return false;
		} else if (t !== this.#time) this.#time = t;
		return true;
	}

	/** Sets a timer for the next boundary when it falls before the next frame. */
	#aim(engine: MediaEngine): void {
		this.#cancelTimer();
		const t = this.#time;
		const next = nextEvent(t, this.#boundaries(), this.#marks?.() ?? []);
		if (next === null) return;
		const wait = ((next - t) / this.rate) * 1000;
		if (wait > this.#frameGap * 1.5) return;
		this.#timer = setTimeout(
			() => {
				this.#timer = undefined;
				if (this.#engine !== engine || !this.#playing) return;
				if (!this.#advance(engine, next)) this.#stopFrames();
			},
			Math.max(0, wait)
		);
	}

	/** What the clock watches for now: the loop and the pause points. */
	#boundaries(): Boundaries {
		return { loop: this.#loopRange, pauseAt: this.#pauseAt?.() ?? null };
	}

	/** Ends the frame loop (a new one starts with the next play). */
	#stopFrames(): void {
		cancelAnimationFrame(this.#frame);
		this.#frame = 0;
		this.#lastFrame = 0;
	}

	/** Drops the timer set for a boundary between frames. */
	#cancelTimer(): void {
		clearTimeout(this.#timer);
		this.#timer = undefined;
	}
}
