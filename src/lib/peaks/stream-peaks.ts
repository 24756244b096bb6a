/** Streams a media file's primary audio track through mediabunny and reduces it to min/max buckets. */
import { ALL_FORMATS, AudioSampleSink, BlobSource, Input } from 'mediabunny';
import type { PeaksMessage } from './messages';
import { PeakReducer } from './reduce';

/** Options of {@link streamPeaks}. */
export interface StreamOptions {
	/** How often to report computed buckets, in milliseconds. */
	interval?: number;
	/** Stops the work (the last report is not sent). */
	signal?: AbortSignal;
	/** Clock in milliseconds (tests pass their own). */
	now?: () => number;
}

/** Decodes `file` and reports meta, chunks every `interval` ms, then done (or one error) through `post`. */
export async function streamPeaks(
	file: Blob,
	post: (message: PeaksMessage) => void,
	{ interval = 500, signal, now = () => performance.now() }: StreamOptions = {}
): Promise<void> {
	const input = new Input({ source: new BlobSource(file), formats: ALL_FORMATS });
	try {
		const track = await input.getPrimaryAudioTrack().catch(() => null);
		if (!track) {
			post({
				type: 'error',
				reason: 'unsupported',
				message: 'No waveform: no audio track was found in this file that the browser can read.'
			});
			return;
		}
		if (!(await track.canDecode())) {
			post({
				type: 'error',
				reason: 'unsupported',
				message: `No waveform: this browser cannot decode the file’s audio (${track.codec ?? 'unknown codec'}) for drawing; it still plays.`
			});
			return;
		}
		const duration = (await input.getDurationFromMetadata()) ?? (await input.computeDuration());
		if (signal?.aborted) return;
		if (!(duration > 0) || !Number.isFinite(duration)) {
			post({ type: 'error', reason: 'failed', message: 'No waveform: the audio has no length.' });
			return;
		}
		const reducer = new PeakReducer(duration);
		post({ type: 'meta', duration, rate: reducer.rate, length: reducer.length });

		let buffer = new Float32Array(0);
		let last = now();
		let reached = 0;
		const flush = () => {
			const changes = reducer.takeChanges();
			if (changes) post({ type: 'chunk', ...changes, progress: Math.min(1, reached / duration) });
		};
		for await (const sample of new AudioSampleSink(track).samples()) {
			try {
				if (signal?.aborted) return;
				const frames = sample.numberOfFrames;
				if (buffer.length < frames) buffer = new Float32Array(frames);
				sample.copyTo(buffer, { planeIndex: 0, format: 'f32-planar' });
				reducer.add(buffer, sample.timestamp, sample.sampleRate, frames);
				reached = sample.timestamp + frames / sample.sampleRate;
			} finally {
				sample.close();
			}
			if (now() - last >= interval) {
				last = now();
				flush();
			}
		}
		if (signal?.aborted) return;
		reached = duration;
		flush();
		post({ type: 'done' });
	} catch (error) {
		if (signal?.aborted) return;
		const why = error instanceof Error ? error.message : String(error);
		post({
			type: 'error',
			reason: 'failed',
			message: `No waveform: the audio could not be read (${why}).`
		});
	} finally {
		input.dispose();
	}
}
