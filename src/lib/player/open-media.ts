import { locale } from '$lib/i18n/locale.svelte';
import { MediaOpenError, type MediaEngine } from './engine';
import { HowlerEngine } from './howler-engine';
import { describeFileError, howlerFormat, probeMedia } from './probe';
import { VideoEngine } from './video-engine';

/** An opened media file: its engine and the object URL the engine reads, released together. */
export interface OpenedMedia {
	/** The engine playing the file. */
	engine: MediaEngine;
	/** The object URL to revoke when the file is closed. */
	url: string;
}

/** Opens a local file: probes its metadata, then plays video in a `<video>` and audio through howler. */
export async function openMediaFile(file: File): Promise<OpenedMedia> {
	const url = URL.createObjectURL(file);
	try {
		const probe = await probeMedia(file, url);
		if (probe.kind === 'video')
			return { engine: new VideoEngine(probe.element, probe.duration), url };
		probe.element.removeAttribute('src');
		probe.element.load();
		const engine = await HowlerEngine.load(url, howlerFormat(file.name, file.type), probe.duration);
		return { engine, url };
	} catch (error) {
		URL.revokeObjectURL(url);
		// The metadata loaded but the audio itself did not (e.g. frames that do not decode): say so for
		// this file, as the probe does, rather than howler's bare error code.
		if (error instanceof MediaOpenError && error.code !== null) {
			const cause = { code: error.code, message: '' };
			throw new MediaOpenError(await describeFileError(file, cause), error.code);
		}
		if (error instanceof MediaOpenError) throw error;
		throw new MediaOpenError(
			locale.t.mediaOpenFailed(file.name, error instanceof Error ? error.message : String(error))
		);
	}
}
