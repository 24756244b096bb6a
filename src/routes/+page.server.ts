import { parseTranscript } from '$lib/transcript/formats';
import { extractTerms } from '$lib/transcript/terms';
import type { PageServerLoad } from './$types';
// The transcript the app opens on (also served from static/transcripts, for the offline cache).
import text from '../../static/transcripts/interview.md?raw';

const DEFAULT_TRANSCRIPT = 'interview.md';

/**
 * Read when the page is prerendered, not in the browser: the page carries the parsed transcript and
 * its terms, so that starting up does not parse it again (150–200 ms of the start-up's longest task
 * on this machine, cold) nor look for its terms (60–80 ms).
 */
export const load: PageServerLoad = () => {
	const transcript = parseTranscript(text, DEFAULT_TRANSCRIPT);
	return { transcript, terms: extractTerms(transcript), text, name: DEFAULT_TRANSCRIPT };
};
