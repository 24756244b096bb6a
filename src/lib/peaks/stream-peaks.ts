/**
 * Streams a media file's primary audio track and reduces it to min/max buckets: MP3 and Ogg Opus files
 * are split into ranges decoded in parallel by WebAssembly decoders; everything else goes through
 * mediabunny and WebCodecs.
 */
import { ALL_FORMATS, AudioSampleSink, BlobSource, Input, MP3, OGG } from 'mediabunny';
import { decodeTrack } from './decode-audio';
import { decodeRanges, startDecoders, type SpareDecoder } from './decode-ranges';
import type { PeaksMessage } from './messages';
import { planMp3, planOpus, type DecodeJob } from './plan';
import { PeakReducer } from './reduce';

/** The peaks of a whole file, as stored in the cache. */
export interface ComputedPeaks {
	/** Duration of the audio in seconds. */
	duration: number;
	/** Buckets per second. */
	rate: number;
	/** Lowest sample per bucket. */
	min: Float32Array;
	/** Highest sample per bucket. */
	max: Float32Array;
}

/** One decoded block of audio, as both WebCodecs' AudioData and mediabunny's AudioSample read it. */
interface Block {
	numberOfFrames: number;
	numberOfChannels: number;
	sampleRate: number;
	copyTo(destination: Float32Array, options: { planeIndex: number; format: 'f32-planar' }): void;
}

/**
 * How many ranges to decode at once: one per core, at most 4. The page does little while the peaks fill
 * in; on the 2-core bench machine two ranges take 60–80 % of one's wall time.
 */
function ranges(): number {
	const cores = (globalThis.navigator as Navigator | undefined)?.hardwareConcurrency ?? 1;
	return Math.max(1, Math.min(4, cores));
}

/** Options of {@link streamPeaks}. */
export interface StreamOptions {
	/** How often to report computed buckets, in milliseconds. */
	interval?: number;
	/** Stops the work (the last report is not sent). */
	signal?: AbortSignal;
	/** Clock in milliseconds (tests pass their own). */
	now?: () => number;
	/** Decode workers started ahead for this file (see {@link decodersAhead}). */
	spare?: SpareDecoder[];
}

/** Files big enough to be decoded in several ranges at once. */
const SPLIT_FROM = 1 << 20;

/** True when `file` is likely an MP3 or Ogg file big enough to be decoded in ranges, each in a decode worker. */
export function decodedInRanges(file: File): boolean {
	const likely =
		/\.(mp3|ogg|opus|oga)$/i.test(file.name) || /^audio\/(mpeg|ogg|opus)/.test(file.type);
	return likely && file.size >= SPLIT_FROM && ranges() > 1;
}

/**
 * Decode workers for the ranges of a file to come: one per range, started now so that their scripts
 * load (`warm`: and their decoders compile; `onWarm` is called as each is ready) before they are
 * needed. The caller terminates them when done (unused ones too).
 */
export function decodersAhead(warm = false, onWarm?: () => void): SpareDecoder[] {
	return ranges() > 1 ? startDecoders(ranges(), warm, onWarm) : [];
}

/**
 * Decodes `file` and reports meta, chunks every `interval` ms, then done (or one error) through `post`;
 * resolves to all the peaks when done, else null.
 */
export async function streamPeaks(
	file: Blob,
	post: (message: PeaksMessage) => void,
	{ interval = 1000, signal, now = () => performance.now(), spare }: StreamOptions = {}
): Promise<ComputedPeaks | null> {
	const input = new Input({ source: new BlobSource(file), formats: ALL_FORMATS });
	try {
		const track = await input.getPrimaryAudioTrack().catch(() => null);
		if (!track) {
			post({
				type: 'error',
				reason: 'unsupported',
				code: 'no-track',
				message: 'No waveform: no audio track was found in this file that the browser can read.'
			});
			return null;
		}
		const format = await input.getFormat();
		const parts = file.size >= SPLIT_FROM ? ranges() : 1;
		// Ogg Opus and MP3: libopus and mpg123 in WebAssembly, read in place (a third of WebCodecs' time
		// here, and their ranges decode in parallel); other formats and codecs through WebCodecs.
		const jobs: DecodeJob[] | null =
			track.codec === 'opus' && format === OGG
				? await planOpus(file, parts)
				: track.codec === 'mp3' && format === MP3
					? await planMp3(file, parts)
					: null;
		if (!jobs && !(await track.canDecode())) {
			post({
				type: 'error',
				reason: 'unsupported',
				code: 'codec',
				detail: track.codec ?? 'unknown codec',
				message: `No waveform: this browser cannot decode the file’s audio (${track.codec ?? 'unknown codec'}) for drawing; it still plays.`
			});
			return null;
		}
		const duration = (await input.getDurationFromMetadata()) ?? (await input.computeDuration());
		if (signal?.aborted) return null;
		if (!(duration > 0) || !Number.isFinite(duration)) {
			post({
				type: 'error',
				reason: 'failed',
				code: 'no-length',
				message: 'No waveform: the audio has no length.'
			});
			return null;
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
		// Each channel of each block, copied into one reused buffer and reduced in place.
		const progress = (seconds: number) => {
			reached = seconds;
			if (now() - last >= interval) {
				last = now();
				flush();
			}
		};
		const add = (block: Block, start: number) => {
			const frames = block.numberOfFrames;
			if (buffer.length < frames) buffer = new Float32Array(Math.max(frames, 4096));
			for (let c = 0; c < Math.max(1, block.numberOfChannels); c++) {
				block.copyTo(buffer, { planeIndex: c, format: 'f32-planar' });
				reducer.add(buffer, start, block.sampleRate, frames);
			}
			progress(start + frames / block.sampleRate);
		};
		if (jobs) {
			await decodeRanges(file, jobs, reducer, duration, {
				interval: Math.min(interval, 250),
				onProgress: progress,
				signal,
				spare
			});
		} else if (typeof AudioDecoder === 'function' && !track.codec?.startsWith('pcm')) {
			// WebCodecs timestamps are in microseconds.
			await decodeTrack(track, (data) => add(data, data.timestamp / 1e6), signal);
		} else {
			// PCM (and runtimes without WebCodecs): mediabunny reads the samples itself.
			for await (const sample of new AudioSampleSink(track).samples()) {
				try {
					if (signal?.aborted) return null;
					add(sample, sample.timestamp);
				} finally {
					sample.close();
				}
			}
		}
		if (signal?.aborted) return null;
		reached = duration;
		flush();
		post({ type: 'done' });
		return { duration, rate: reducer.rate, min: reducer.min, max: reducer.max };
	} catch (error) {
		if (signal?.aborted) return null;
		const why = error instanceof Error ? error.message : String(error);
		post({
			type: 'error',
			reason: 'failed',
			code: 'read',
			detail: why,
			message: `No waveform: the audio could not be read (${why}).`
		});
		return null;
	} finally {
		input.dispose();
	}
}
