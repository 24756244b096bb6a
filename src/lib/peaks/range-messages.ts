/** Messages between the peaks worker and its nested decode workers (one byte range each). */
import type { DecodeJob } from './plan';

/** Peaks worker → decode worker, ahead of the range: compile the decoders now (both: the codec is not known yet). */
export interface RangeWarm {
	type: 'warm';
}

/** Peaks worker → decode worker: reduce this range of the file into buckets of this layout. */
export interface RangeRequest {
	type: 'range';
	file: Blob;
	job: DecodeJob;
	/** Duration and buckets per second of the whole file (the same bucket layout as the peaks worker's). */
	duration: number;
	rate: number;
	/** Milliseconds between bucket reports. */
	interval: number;
}

/** Decode worker → peaks worker: its decoders compiled (after a warm); buckets so far, then done (or an error). */
export type RangeMessage =
	| { type: 'warm' }
	| {
			type: 'buckets';
			from: number;
			min: Float32Array;
			max: Float32Array;
			/** Seconds of the range decoded so far. */
			reached: number;
	  }
	| { type: 'done' }
	| { type: 'error'; message: string };
