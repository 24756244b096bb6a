/** The operating system's media controls: current section as title, section skipping, seeking, position. */
import type { Session } from '$lib/session.svelte';
import { mustTell, NOTHING_TOLD } from './position-state';

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
	// off (a seek, a loop's jump) or the rate, state or duration changed (see `mustTell`).
	const sendPosition = later();
	let told = NOTHING_TOLD;
	$effect(() => {
		const duration = player.duration;
		const position = player.time;
		const rate = player.rate;
		const playing = player.playing;
		if (!Number.isFinite(duration) || duration <= 0) return;
		const now = { at: performance.now(), position, rate, playing, duration };
		if (!mustTell(told, now)) return;
		told = now;
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
