import type { Transcript } from '../model';

/** What a reader of a transcript text may be asked besides the transcript. */
export interface ReadOptions {
	/**
	 * Hears the transcript's outline before its bodies are read, when the outline is final: every
	 * section and timeline entry with its anchor, the first `bodies` sections' bodies (about a few
	 * screens), the other sections' bodies empty. Called at most once (formats that cannot tell it
	 * early never call). An asynchronous reading goes on once a promise it returns settles.
	 */
	onOutline?: (outline: Transcript, bodies: number) => void | Promise<void>;
}
