/**
 * UI strings added for safety, accessibility and offline use (issue 6), gathered in one place so
 * the translation pass finds them. Each entry is the English text or a function making it.
 */
export const uiText = {
	/** The button that fetches a transcript's remote images. */
	loadImages: (n: number) => `Load ${n} remote image${n === 1 ? '' : 's'}`,
	/** Why images are not shown yet. */
	imagesHint: 'Images from other sites are not fetched until you ask.',
	/** Theme switcher. */
	theme: 'Theme',
	themeSystem: 'System',
	themeLight: 'Light',
	themeDark: 'Dark',
	/** Polite announcement when the spoken section changes. */
	nowReading: (title: string) => `Now: ${title}`,
	/** Media length differs a lot from the transcript's timeline. */
	mediaShorter: (media: string, last: string, past: number) =>
		`This recording is ${media} long, but the transcript’s timeline goes on to ${last}: ${past} timeline ${past === 1 ? 'entry is' : 'entries are'} past the end and cannot play. Check that the recording and the transcript belong together.`,
	mediaLonger: (media: string, last: string) =>
		`This recording is ${media} long, much longer than the transcript’s timeline (last entry at ${last}). The highlight may not match: check that the recording and the transcript belong together.`,
	/** Dismiss button of a message. */
	dismiss: 'Dismiss message',
	/** Offline readiness. */
	offlineReady: 'Tandem now works offline.'
} as const;
