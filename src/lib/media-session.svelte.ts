/** The operating system's media controls: current section as title, section skipping, seeking, position. */
import type { Session } from '$lib/session.svelte';

/** How often (ms) the position state is refreshed while playing. */
const POSITION_EVERY = 1000;

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

	$effect(() => {
		if (!player.engine) return;
		const t = session.transcript;
		const section = t.sections[session.activeSection];
		ms.metadata = new MediaMetadata({
			title: section?.title ?? t.title,
			artist: t.title,
			album: player.mediaName ?? 'Tandem'
		});
	});

	$effect(() => {
		ms.playbackState = player.engine ? (player.playing ? 'playing' : 'paused') : 'none';
	});

	let last = 0;
	let lastTime = 0;
	$effect(() => {
		const duration = player.duration;
		const position = player.time;
		const rate = player.rate;
		void player.playing;
		if (!Number.isFinite(duration) || duration <= 0) return;
		const now = performance.now();
		const expected = lastTime + ((now - last) / 1000) * rate;
		// Throttled: once a second while playing, at once after a seek or a rate or state change.
		if (now - last < POSITION_EVERY && Math.abs(expected - position) < 0.5) return;
		last = now;
		lastTime = position;
		try {
			ms.setPositionState({ duration, position: Math.min(position, duration), playbackRate: rate });
		} catch {
			// an out-of-range value; the next update fixes it
		}
	});
}
