/** The UI's wording, in the reader's language, of reasons the pure core gives as codes. */
import type { TranscriptError } from '$lib/transcript/model';
import type { LegacyEncoding } from '$lib/text-encoding';
import { locale } from './locale.svelte';
import type { Messages } from './messages';

/** The values a code's sentence mentions. */
export type Params = Record<string, string | number>;

/** Value `key` of `p` as text ('' when absent). */
export const str = (p: Params, key: string): string => String(p[key] ?? '');

/** Each code's sentence, from the current catalogue. */
const REASONS: Record<string, (t: Messages, p: Params) => string> = {
	empty: (t) => t.reasonEmpty,
	'not-text': (t) => t.reasonNotText,
	'vtt-header': (t, p) => t.reasonVttHeader(str(p, 'first')),
	'no-cues': (t, p) => t.reasonNoCues(str(p, 'kind')),
	'no-lrc-lines': (t) => t.reasonNoLrcLines,
	'json-syntax': (t, p) => t.reasonJsonSyntax(typeof p.line === 'number' ? p.line : undefined),
	'no-json-chapters': (t) => t.reasonNoJsonChapters,
	'no-segments': (t) => t.reasonNoSegments,
	'unknown-json': (t) => t.reasonUnknownJson,
	'no-chapter-list': (t) => t.reasonNoChapterList,
	'two-texts': (t, p) => t.reasonTwoTexts(str(p, 'first'), str(p, 'second'))
};

/** The codes the UI can word. */
export const REASON_CODES: readonly string[] = Object.keys(REASONS);

/** The error's reason in the reader's language (its own English message when it carries no known code). */
export function reasonText(
	error: Pick<TranscriptError, 'message' | 'code' | 'params'>,
	t: Messages = locale.t
): string {
	const word = error.code ? REASONS[error.code] : undefined;
	return word ? word(t, error.params ?? {}) : error.message;
}

/** A legacy text encoding's name in the reader's language. */
export function encodingName(encoding: LegacyEncoding): string {
	return encoding.label === 'gb18030' ? locale.t.encodingGb18030 : locale.t.encodingWestern;
}
