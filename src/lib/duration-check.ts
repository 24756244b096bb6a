/** Compares a recording's length with its transcript's timeline, to warn about a mismatched pair. */
import { formatTimecode } from '$lib/transcript/timecode';
import type { TimelineEntry } from '$lib/transcript/model';
import { uiText } from '$lib/ui-text';

/** Media counts as much longer when it runs on past the last entry by more than this many seconds… */
const LONGER_MIN_EXTRA = 600;

/**
 * A warning when the media is shorter than the timeline (entries past its end cannot play) or much
 * longer than it (more than double, and over ten minutes past the last entry); null when they fit.
 */
export function durationMismatch(
	duration: number,
	timeline: readonly Pick<TimelineEntry, 'time'>[]
): string | null {
	if (!Number.isFinite(duration) || duration <= 0 || timeline.length === 0) return null;
	// A loop, not Math.max(...): a timeline can hold more entries than a call takes arguments.
	let last = -Infinity;
	for (const e of timeline) if (e.time > last) last = e.time;
	const withHours = Math.max(duration, last) >= 3600;
	const media = formatTimecode(duration, { withHours });
	const end = formatTimecode(last, { withHours });
	if (last > duration + 1) {
		return uiText.mediaShorter(media, end, pastEnd(timeline, duration).length);
	}
	if (duration - last > Math.max(last, LONGER_MIN_EXTRA)) return uiText.mediaLonger(media, end);
	return null;
}

/** The entries of `timeline` that start after `duration` (none when the duration is unknown). */
export function pastEnd<T extends Pick<TimelineEntry, 'time'>>(
	timeline: readonly T[],
	duration: number
): T[] {
	if (!Number.isFinite(duration) || duration <= 0) return [];
	const past: T[] = [];
	for (const e of timeline) if (e.time > duration) past.push(e);
	return past;
}
