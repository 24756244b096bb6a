/** One adapter per playback backend; the player owns exactly one at a time and reads its clock. */
export interface MediaEngine {
	/** Whether the file is shown as video or only heard. */
	readonly kind: 'audio' | 'video';
	/** The `<video>` element to show, for video engines. */
	readonly element: HTMLVideoElement | null;
	/** Exact position in seconds, read every animation frame. */
	time(): number;
	/** Duration in seconds (finite once known, NaN before). */
	duration(): number;
	/** True while paused or ended. */
	paused(): boolean;
	/** Start or resume playback; resolves when it has started or failed. */
	play(): Promise<void>;
	/** Pause, keeping the position. */
	pause(): void;
	/** Move to `t` seconds, keeping the play/pause state. */
	seek(t: number): void;
	/** Playback rate (pitch is kept). */
	setRate(rate: number): void;
	/** Subscribe to end-of-media and playback-state changes the clock cannot see by itself. */
	onStateChange(listener: () => void): void;
	/** Release the media element, listeners and anything else held. */
	destroy(): void;
}

/** A media file the user opened, failing with a message that says what is wrong and what to do. */
export class MediaOpenError extends Error {
	/** The media element's error code (`MediaError.code`: 2 network, 3 decode, 4 not supported), when known. */
	readonly code: number | null;
	constructor(message: string, code: number | null = null) {
		super(message);
		this.name = 'MediaOpenError';
		this.code = code;
	}
}
