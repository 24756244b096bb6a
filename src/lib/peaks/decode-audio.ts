/** Decodes an audio track's packets with one WebCodecs AudioDecoder, throttled on its queue. */
import { EncodedPacketSink, type InputAudioTrack } from 'mediabunny';

/** Chunks queued in the decoder before reading waits; reading resumes below half of it. */
const QUEUE = 32;

/**
 * Feeds every packet of `track` to an own `AudioDecoder` (cheaper per packet than mediabunny's
 * sample sink) and hands each decoded block to `onData`, which must not keep it (it is closed after).
 */
export async function decodeTrack(
	track: InputAudioTrack,
	onData: (data: AudioData) => void,
	signal?: AbortSignal
): Promise<void> {
	const config = await track.getDecoderConfig();
	if (!config) throw new Error('no decoder configuration');
	let failure: unknown = null;
	let wake: (() => void) | null = null;
	const resume = () => {
		const w = wake;
		wake = null;
		w?.();
	};
	const decoder = new AudioDecoder({
		output: (data) => {
			try {
				if (failure === null) onData(data);
			} catch (error) {
				failure = error;
				resume();
			} finally {
				data.close();
			}
		},
		error: (error) => {
			failure = error;
			resume();
		}
	});
	decoder.addEventListener('dequeue', () => {
		if (decoder.decodeQueueSize <= QUEUE / 2) resume();
	});
	try {
		decoder.configure(config);
		const sink = new EncodedPacketSink(track);
		for await (const packet of sink.packets(undefined, undefined, { verifyKeyPackets: false })) {
			if (failure !== null) throw failure;
			if (signal?.aborted) return;
			decoder.decode(packet.toEncodedAudioChunk());
			if (decoder.decodeQueueSize >= QUEUE) await new Promise<void>((r) => (wake = r));
		}
		if (failure !== null) throw failure;
		await decoder.flush();
		if (failure !== null) throw failure;
	} finally {
		if (decoder.state !== 'closed') decoder.close();
	}
}
