/** The operating system's media controls: current section as title, section skipping, seeking, position. */
import type { Session } from '$lib/session.svelte';

/**
 * Runs `update` in a task of its own, the latest one only: what the operating system shows is not
 * drawn by the page, so it need not lengthen the animation frame that found it changed.
 */
function later(): (update: () => void) => void {
	let pending: (() => void) | null = null;
	return (update) => {
		if (!pending)
			setTimeout(() => {
				const run = pending;
				pending = null;
				run?.();
			}, 0);
		pending = update;
	};
}

/** Keeps `navigator.mediaSession` in step with the session; call during component initialisation. */
export function useMediaSession(session: Session): void {
	const ms =
		typeof navigator !== 'undefined' && 'mediaSession' in navigator ? navigator.mediaSession : null;
	if (!ms) return;
	const player = session.player;

	$effect(() => {
		const handlers: [MediaSessionAction, MediaSessionActionHandler][] = [
			['play', () => void player.play()],
			['pause', () => player.pause()],
			['previoustrack', () => session.stepSection(-1)],
			['nexttrack', () => session.stepSection(1)],
			['seekbackward', (d) => player.seek(player.time - (d.seekOffset ?? 10))],
			['seekforward', (d) => player.seek(player.time + (d.seekOffset ?? 10))],
			['seekto', (d) => d.seekTime !== undefined && player.seek(d.seekTime)]
		];
		for (const [action, handler] of handlers) {
			try {
				ms.setActionHandler(action, handler);
			} catch {
				// this browser does not support the action
			}
		}
		return () => {
			for (const [action] of handlers) {
				try {
					ms.setActionHandler(action, null);
				} catch {
					// not supported
				}
			}
		};
	});

	const sendMetadata = later();
	$effect(() => {
		if (!player.engine) return;
		const t = session.transcript;
		const section = t.sections[session.activeSection];
		const metadata = {
			title: section?.title ?? t.title,
			artist: t.title,
			album: player.mediaName ?? 'Tandem'
		};
		sendMetadata(() => (ms.metadata = new MediaMetadata(metadata)));
	});

	$effect(() => {
		ms.playbackState = player.engine ? (player.playing ? 'playing' : 'paused') : 'none';
	});

	// The system extrapolates the position from the rate: it is told again only when that would be
	// wrong by half a second or more (a seek, a loop's jump) or the rate, state or duration changed.
	const sendPosition = later();
	let sent = { at: 0, position: Number.NaN, rate: 1, playing: false, duration: 0 };
	$effect(() => {
		const duration = player.duration;
		const position = player.time;
		const rate = player.rate;
		const playing = player.playing;
		if (!Number.isFinite(duration) || duration <= 0) return;
		const now = performance.now();
		const expected = sent.position + (sent.playing ? ((now - sent.at) / 1000) * sent.rate : 0);
		const same = duration === sent.duration && rate === sent.rate && playing === sent.playing;
		if (same && Math.abs(expected - position) < 0.5) return;
		sent = { at: now, position, rate, playing, duration };
		sendPosition(() => {
			try {
				ms.setPositionState({
					duration,
					position: Math.min(position, duration),
					playbackRate: rate
				});
			} catch {
				// an out-of-range value; the next update fixes it
			}
		});
	});
}
