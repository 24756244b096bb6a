/**
 * Decodes one range of an MP3 (mpg123) or Ogg Opus (libopus) file with WebAssembly, every channel.
 *
 * The decoders' public calls copy every decoded block out of the WebAssembly memory twice (a slice per
 * channel, then a concatenation), and in a Chromium worker those small allocations cost three times the
 * decoding itself. So when the pinned versions' decoder objects have the expected shape, blocks are read
 * in place from the WebAssembly memory (see {@link directOpus}, {@link directMp3}); otherwise through
 * the public calls.
 */
import { MPEGDecoder } from 'mpg123-decoder';
import { OpusDecoder } from 'opus-decoder';
import { OggPackets } from './ogg';
import type { DecodeJob, Mp3Job, OpusJob } from './plan';
import { chunks } from './sequential';

/** A buffer the decoder allocated in its WebAssembly memory. */
interface WasmBuffer<T> {
	ptr: number;
	len: number;
	buf: T;
}

/** The fields of an opus-decoder 0.7 `OpusDecoder` the direct path uses (set up by its `ready`). */
interface OpusInternals {
	_common?: {
		wasm?: {
			opus_frame_decode_float_deinterleaved?: (
				decoder: number,
				input: number,
				length: number,
				output: number
			) => number;
		};
	};
	_decoder?: number;
	_input?: WasmBuffer<Uint8Array>;
	_output?: WasmBuffer<Float32Array>;
	_outputChannels?: number;
}

/** The fields of an mpg123-decoder 1.0 `MPEGDecoder` the direct path uses (set up by its `ready`). */
interface Mp3Internals {
	_common?: {
		wasm?: {
			mpeg_decoder_feed?: (decoder: number, input: number, length: number) => number;
			mpeg_decoder_read?: (
				decoder: number,
				output: number,
				outputLength: number,
				samplesDecoded: number,
				sampleRate: number,
				errorString: number
			) => number;
		};
	};
	_decoder?: number;
	_input?: WasmBuffer<Uint8Array>;
	_output?: WasmBuffer<Float32Array>;
	_samplesDecodedPtr?: WasmBuffer<Uint32Array>;
	_sampleRatePtr?: WasmBuffer<Uint32Array>;
	_errorStringPtr?: WasmBuffer<Uint32Array>;
}

/** mpg123's "feed me more" and "new format" results. */
const MPG123_NEED_MORE = -10;
const MPG123_NEW_FORMAT = -11;

/**
 * Decodes one Opus packet in place: returns its channels as views into the decoder's memory (valid
 * until the next call; empty for a packet libopus rejects), or null when `decoder` lacks the expected
 * fields.
 */
export function directOpus(decoder: OpusDecoder): ((packet: Uint8Array) => Float32Array[]) | null {
	const d = decoder as unknown as OpusInternals;
	const decode = d._common?.wasm?.opus_frame_decode_float_deinterleaved;
	const handle = d._decoder;
	const input = d._input;
	const output = d._output;
	const channels = d._outputChannels;
	if (!decode || typeof handle !== 'number' || !input?.buf || !output?.buf) return null;
	if (!(input.buf instanceof Uint8Array) || !(output.buf instanceof Float32Array)) return null;
	if (typeof channels !== 'number' || !(channels >= 1)) return null;
	return (packet) => {
		if (packet.length > input.len) return decoder.decodeFrame(packet).channelData;
		input.buf.set(packet);
		const n = Math.max(0, decode(handle, input.ptr, packet.length, output.ptr));
		// Deinterleaved: channel c is samples c·n to (c + 1)·n.
		return Array.from({ length: channels }, (_, c) => output.buf.subarray(c * n, c * n + n));
	};
}

/**
 * Feeds `bytes` to mpg123 and hands each decoded block's two channels (the same twice for a mono
 * stream) to `onBlock` as views into the decoder's memory (valid during the call); returns null when
 * `decoder` lacks the expected fields.
 */
export function directMp3(
	decoder: MPEGDecoder
):
	| ((bytes: Uint8Array, onBlock: (channels: Float32Array[], sampleRate: number) => void) => void)
	| null {
	const d = decoder as unknown as Mp3Internals;
	const feed = d._common?.wasm?.mpeg_decoder_feed;
	const read = d._common?.wasm?.mpeg_decoder_read;
	const handle = d._decoder;
	const { _input: input, _output: output } = d;
	const { _samplesDecodedPtr: count, _sampleRatePtr: rate, _errorStringPtr: error } = d;
	if (!feed || !read || typeof handle !== 'number' || !input?.buf || !output?.buf) return null;
	if (!count?.buf || !rate?.buf || !error) return null;
	return (bytes, onBlock) => {
		for (let at = 0; at < bytes.length; at += input.len) {
			const chunk = bytes.subarray(at, at + input.len);
			input.buf.set(chunk);
			if (feed(handle, input.ptr, chunk.length) === MPG123_NEED_MORE) continue;
			// Read until mpg123 needs more input; on a damaged frame it reports an error and resyncs (as
			// the public call does, errors are skipped; a run of them with no audio gives the chunk up).
			for (let failures = 0; failures < 64;) {
				count.buf[0] = 0;
				const result = read(handle, output.ptr, output.len, count.ptr, rate.ptr, error.ptr);
				const n = count.buf[0]!;
				// Deinterleaved: the first `n` samples are the left channel, the next `n` the right.
				if (n) onBlock([output.buf.subarray(0, n), output.buf.subarray(n, 2 * n)], rate.buf[0]!);
				if (result === MPG123_NEED_MORE) break;
				failures = result && result !== MPG123_NEW_FORMAT && !n ? failures + 1 : 0;
			}
		}
	};
}

/**
 * Compiles both decoders' WebAssembly (the libraries keep the compiled module for later decoders in
 * this worker): 40–60 ms each, done before a file comes by a worker started ahead of need.
 */
export async function warmDecoders(): Promise<void> {
	await Promise.all(
		[new MPEGDecoder(), new OpusDecoder()].map((decoder) =>
			decoder.ready.then(
				() => decoder.free(),
				() => {}
			)
		)
	);
}

/**
 * Receives one channel's `samples` (not to be kept) starting at `start` seconds; the channels of a block
 * come one after another with the same `start`.
 */
export type OnSamples = (samples: Float32Array, start: number, sampleRate: number) => void;

/** Decodes `job`'s range of `file`; resolves when done (or aborted). Throws when nothing decodes. */
export async function decodeJob(
	file: Blob,
	job: DecodeJob,
	onSamples: OnSamples,
	signal?: AbortSignal
): Promise<void> {
	const decoded = await (job.codec === 'mp3'
		? decodeMp3(file, job, onSamples, signal)
		: decodeOpus(file, job, onSamples, signal));
	if (decoded === 0 && !signal?.aborted && job.to > job.from)
		throw new Error(`no ${job.codec === 'mp3' ? 'MP3' : 'Opus'} audio could be decoded`);
}

async function decodeMp3(
	file: Blob,
	job: Mp3Job,
	onSamples: OnSamples,
	signal?: AbortSignal
): Promise<number> {
	// Gapless off: the ranges' timing is counted in whole frames (the encoder delay stays in, ~25 ms).
	const decoder = new MPEGDecoder({ enableGapless: false });
	await decoder.ready;
	let skip = job.skip;
	let kept = 0;
	// A mono stream comes out as two equal channels: one is enough.
	const channels = job.channels === 1 ? 1 : 2;
	const onBlock = (block: Float32Array[], sampleRate: number) => {
		const n = block[0]!.length;
		const drop = Math.min(skip, n);
		skip -= drop;
		if (drop < n) {
			const start = job.start + kept / sampleRate;
			for (let c = 0; c < channels; c++) {
				const samples = block[c]!;
				onSamples(drop ? samples.subarray(drop) : samples, start, sampleRate);
			}
			kept += n - drop;
		}
	};
	const direct = directMp3(decoder);
	try {
		for await (const bytes of chunks(file, job.from, job.to, signal)) {
			if (direct) {
				direct(bytes, onBlock);
				continue;
			}
			const out = decoder.decode(bytes);
			if (out.samplesDecoded) onBlock(out.channelData, out.sampleRate);
		}
	} finally {
		decoder.free();
	}
	return kept;
}

async function decodeOpus(
	file: Blob,
	job: OpusJob,
	onSamples: OnSamples,
	signal?: AbortSignal
): Promise<number> {
	const decoder = new OpusDecoder({ ...job.head, preSkip: 0 });
	await decoder.ready;
	const reader = new OggPackets(job.serial, job.granule);
	const direct = directOpus(decoder);
	let pos: number | null = null;
	let page = -1;
	let kept = 0;
	const onPacket = (packet: Uint8Array, pageStart: number | null, index: number) => {
		if (index !== page) {
			page = index;
			pos = pageStart;
		}
		// Header packets (a range from the file's start) are not audio.
		if (index < 2 && job.granule === 0 && isHeader(packet)) return;
		const block = direct ? direct(packet) : decoder.decodeFrame(packet).channelData;
		const n = block[0]?.length ?? 0;
		if (pos === null || !n) return;
		const from = Math.max(0, Math.min(n, job.keep - pos));
		if (from < n) {
			const start = (pos + from - job.head.preSkip) / 48000;
			for (const samples of block)
				onSamples(from ? samples.subarray(from, n) : samples, start, 48000);
			kept += n - from;
		}
		pos += n;
	};
	try {
		for await (const bytes of chunks(file, job.from, job.to, signal)) reader.push(bytes, onPacket);
	} finally {
		decoder.free();
	}
	return kept;
}

function isHeader(packet: Uint8Array): boolean {
	const tag = String.fromCharCode(...packet.subarray(0, 8));
	return tag === 'OpusHead' || tag === 'OpusTags';
}
