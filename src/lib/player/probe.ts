import { locale } from '$lib/i18n/locale.svelte';
import { MediaOpenError } from './engine';
import type { Sniffed } from './sniff';
import { sniffMedia } from './sniff';

/** What the browser found in a media file's metadata. */
export interface MediaProbe {
	/** The element that loaded the metadata; reused for video, released for audio. */
	element: HTMLVideoElement;
	/** `video` when the file has a picture track, else `audio` (the extension and MIME type are not trusted). */
	kind: 'audio' | 'video';
	/** Duration in seconds; scanned when the header has none (MediaRecorder WebM). */
	duration: number;
}

/** Turns a MediaError (and what the file's first bytes are) into a sentence about the file, saying what to do. */
export function describeMediaError(
	name: string,
	type: string,
	error: Pick<MediaError, 'code' | 'message'> | null,
	sniffed?: Sniffed
): string {
	const t = locale.t;
	const says = error?.message ?? '';
	if (sniffed?.text) return t.mediaIsText(name, type);
	if (sniffed && (error?.code === 3 || error?.code === 4)) {
		if (sniffed.container) return t.mediaCodec(name, type, sniffed.container, sniffed.codec, says);
		return t.mediaNotMedia(name, type, says);
	}
	switch (error?.code) {
		case 2:
			return t.mediaUnreadable(name, type);
		case 3:
			return t.mediaDamaged(name, type);
		case 4:
			return t.mediaUnplayable(name, type);
		default:
			return t.mediaNotOpened(name, type);
	}
}

/** {@link describeMediaError} for `file`, with what its first bytes say it is. */
export async function describeFileError(
	file: File,
	error: Pick<MediaError, 'code' | 'message'> | null
): Promise<string> {
	const head = new Uint8Array(await file.slice(0, 64).arrayBuffer());
	return describeMediaError(file.name, file.type, error, sniffMedia(head));
}

function once(el: HTMLMediaElement, ok: string, timeoutMs: number): Promise<boolean> {
	return new Promise((resolve) => {
		const done = (value: boolean) => {
			clearTimeout(timer);
			el.removeEventListener(ok, onOk);
			el.removeEventListener('error', onError);
			resolve(value);
		};
		const onOk = () => done(true);
		const onError = () => done(false);
		const timer = setTimeout(() => done(false), timeoutMs);
		el.addEventListener(ok, onOk);
		el.addEventListener('error', onError);
	});
}

/** Finds the real duration of a file whose header has none by seeking far past its end. */
async function scanDuration(el: HTMLVideoElement): Promise<number> {
	if (Number.isFinite(el.duration)) return el.duration;
	const found = new Promise<void>((resolve) => {
		const check = () => {
			if (Number.isFinite(el.duration)) {
				el.removeEventListener('durationchange', check);
				el.removeEventListener('timeupdate', check);
				resolve();
			}
		};
		el.addEventListener('durationchange', check);
		el.addEventListener('timeupdate', check);
		setTimeout(() => {
			el.removeEventListener('durationchange', check);
			el.removeEventListener('timeupdate', check);
			resolve();
		}, 10000);
	});
	el.currentTime = 1e101;
	await found;
	el.currentTime = 0;
	return el.duration;
}

/** Loads a file's metadata in a detached `<video>` element to learn its kind and duration. */
export async function probeMedia(file: File, url: string): Promise<MediaProbe> {
	if (file.size === 0) {
		throw new MediaOpenError(locale.t.mediaEmpty(file.name));
	}
	const el = document.createElement('video');
	el.preload = 'metadata';
	el.playsInline = true;
	el.src = url;
	const ok = await once(el, 'loadedmetadata', 20000);
	if (!ok) {
		const message = await describeFileError(file, el.error);
		el.removeAttribute('src');
		el.load();
		throw new MediaOpenError(message);
	}
	const kind = el.videoWidth > 0 || el.videoHeight > 0 ? 'video' : 'audio';
	const duration = await scanDuration(el);
	return { element: el, kind, duration };
}

const HOWLER_FORMATS: Record<string, string> = {
	'audio/mpeg': 'mp3',
	'audio/mp3': 'mp3',
	'audio/ogg': 'ogg',
	'audio/opus': 'opus',
	'audio/wav': 'wav',
	'audio/x-wav': 'wav',
	'audio/wave': 'wav',
	'audio/mp4': 'm4a',
	'audio/x-m4a': 'm4a',
	'audio/aac': 'aac',
	'audio/flac': 'flac',
	'audio/x-flac': 'flac',
	'audio/webm': 'webm',
	'video/webm': 'webm',
	'video/mp4': 'mp4'
};
const KNOWN = new Set([
	'mp3',
	'mpeg',
	'opus',
	'ogg',
	'oga',
	'wav',
	'aac',
	'caf',
	'm4a',
	'm4b',
	'mp4',
	'weba',
	'webm',
	'flac'
]);

/** The format name howler needs for a blob URL, from the file name, else its MIME type. */
export function howlerFormat(name: string, type: string): string {
	const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
	if (ext && KNOWN.has(ext)) return ext;
	// The browser already decoded the metadata, so any supported name lets howler hand it over.
	return HOWLER_FORMATS[type.toLowerCase()] ?? 'webm';
}
