import { parseTranscript } from '$lib/transcript/formats';
import { error } from '@sveltejs/kit';
import type { PageLoad } from './$types';

// The transcript the app opens on, bundled in static/transcripts.
const DEFAULT_TRANSCRIPT = 'interview.md';

export const load: PageLoad = async ({ fetch }) => {
	const response = await fetch(`/transcripts/${DEFAULT_TRANSCRIPT}`);
	if (!response.ok) error(500, `The bundled transcript could not be loaded (${response.status}).`);
	const text = await response.text();
	return { transcript: parseTranscript(text, DEFAULT_TRANSCRIPT), text, name: DEFAULT_TRANSCRIPT };
};
