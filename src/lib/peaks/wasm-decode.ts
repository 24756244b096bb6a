/** Decodes one range of an MP3 (mpg123) or Ogg Opus (libopus) file with WebAssembly, channel 0 only. */
import { MPEGDecoder } from 'mpg123-decoder';
import { OpusDecoder } from 'opus-decoder';
import { OggPackets } from './ogg';
import type { DecodeJob, Mp3Job, OpusJob } from './plan';

/** Receives `samples` (channel 0, not to be kept) starting at `start` seconds. */
export type OnSamples = (samples: Float32Array, start: number, sampleRate: number) => void;

/** Bytes read from the file at a time. */
const READ = 1 << 20;

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

async function* slices(file: Blob, from: number, to: number, signal?: AbortSignal) {
	for (let at = from; at < to && !signal?.aborted; at += READ) {
		yield new Uint8Array(await file.slice(at, Math.min(to, at + READ)).arrayBuffer());
	}
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
	try {
		for await (const bytes of slices(file, job.from, job.to, signal)) {
			const out = decoder.decode(bytes);
			const n = out.samplesDecoded;
			if (!n) continue;
			const drop = Math.min(skip, n);
			skip -= drop;
			if (drop < n) {
				const samples = drop ? out.channelData[0]!.subarray(drop) : out.channelData[0]!;
				onSamples(samples, job.start + kept / out.sampleRate, out.sampleRate);
				kept += n - drop;
			}
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
		const out = decoder.decodeFrame(packet);
		const n = out.samplesDecoded;
		if (pos === null || !n) return;
		const from = Math.max(0, Math.min(n, job.keep - pos));
		if (from < n) {
			onSamples(
				from ? out.channelData[0]!.subarray(from, n) : out.channelData[0]!.subarray(0, n),
				(pos + from - job.head.preSkip) / 48000,
				48000
			);
			kept += n - from;
		}
		pos += n;
	};
	try {
		for await (const bytes of slices(file, job.from, job.to, signal)) reader.push(bytes, onPacket);
	} finally {
		decoder.free();
	}
	return kept;
}

function isHeader(packet: Uint8Array): boolean {
	const tag = String.fromCharCode(...packet.subarray(0, 8));
	return tag === 'OpusHead' || tag === 'OpusTags';
}
