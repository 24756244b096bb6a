/** Messages between the page and the peaks worker. */

/**
 * Page → worker: get ready for a file to come (start the decode workers and compile their decoders),
 * sent to a worker started ahead of need; at most once, before the {@link PeaksRequest}.
 */
export interface PeaksWarm {
	type: 'warm';
}

/** Page → worker: compute the peaks of this file (the page has looked in the cache). */
export interface PeaksRequest {
	type: 'peaks';
	/** The media file (posted, not copied: a File is a handle). */
	file: File;
	/** Its cache key (the page found nothing under it), or null when it could not be hashed: not stored then. */
	key: string | null;
}

/** Worker → page: warmed (its decoders ready for a file); what the worker found and computed so far. */
export type PeaksMessage =
	| { type: 'warm' }
	| {
			/** The duration is known and buckets will follow. */
			type: 'meta';
			/** Duration of the audio track in seconds. */
			duration: number;
			/** Buckets per second. */
			rate: number;
			/** Number of buckets in all. */
			length: number;
	  }
	| {
			/** Some buckets were computed. */
			type: 'chunk';
			/** Index of the first bucket in `min`/`max`. */
			from: number;
			/** Lowest sample per bucket. */
			min: Float32Array;
			/** Highest sample per bucket. */
			max: Float32Array;
			/** How far the decoding got, 0–1. */
			progress: number;
	  }
	| {
			/** Every bucket was computed. */
			type: 'done';
	  }
	| {
			/** After done: the peaks are in the cache (or could not be stored); the worker can go. */
			type: 'stored';
	  }
	| {
			/** No peaks: `unsupported` when the audio cannot be decoded here, `failed` on a read error. */
			type: 'error';
			/** Why there are no peaks. */
			reason: 'unsupported' | 'failed';
			/** What happened, for the reader's language: no audio track, a codec, no length, a read error. */
			code: PeaksErrorCode;
			/** The codec name (`codec`) or the error's text (`read`). */
			detail?: string;
			/** The sentence in English (logs, tests). */
			message: string;
	  };

/** Why a file has no peaks. */
export type PeaksErrorCode = 'no-track' | 'codec' | 'no-length' | 'read';
