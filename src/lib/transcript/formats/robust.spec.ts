import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TranscriptError } from '../model';
import { parseCaptions } from './captions';
import { parseChapterList } from './chapters-text';
import { decodeTranscriptBytes, readTranscriptText } from './index';
import { parseJsonTranscript } from './json';
import { parseLrc } from './lrc';
import { parseMarkdownTimeline } from './markdown';

/** Resolves to 'ok' or 'typed'; any other error fails the property. */
async function settle(run: () => unknown): Promise<'ok' | 'typed'> {
	try {
		await run();
		return 'ok';
	} catch (error) {
		if (error instanceof TranscriptError) return 'typed';
		throw error;
	}
}

const PARSERS: [string, (text: string) => unknown][] = [
	['markdown', (t) => parseMarkdownTimeline(t)],
	['lrc', (t) => parseLrc(t)],
	['json', (t) => parseJsonTranscript(t)],
	['chapter list', (t) => parseChapterList(t)],
	['webvtt', (t) => parseCaptions(t, 'vtt')],
	['srt', (t) => parseCaptions(t, 'srt')],
	['any (detected)', (t) => readTranscriptText(t, 'x.txt')]
];

/** Texts built from pieces of every format, to reach deep into the parsers. */
const formatish = fc
	.array(
		fc.oneof(
			fc.constantFrom(
				'WEBVTT',
				'WEBVTT\nKind: chapters',
				'00:00:01.000 --> 00:00:02.000',
				'00:01,5 --> 00:00',
				'1',
				'<v Ann>hi</v>',
				'[ti:x]',
				'[offset:-300]',
				'[00:01.00][99:99.99]la <00:01.50>la',
				'{"chapters":[{"startTime":1,"title":"a","toc":false}]}',
				'{"segments":[{"startTime":"1","body":"x"},{"start":2}]}',
				'## 00:10 Heading',
				'**(00:10)** Title',
				'0:00 Intro',
				'Outro 1:02:03',
				'# T',
				''
			),
			fc.string({ maxLength: 20 })
		),
		{ maxLength: 25 }
	)
	.map((lines) => lines.join('\n'));

describe('every parser returns a transcript or a TranscriptError', () => {
	it.each(PARSERS)('%s, for any string', async (_name, parse) => {
		await fc.assert(
			fc.asyncProperty(fc.oneof(fc.string({ unit: 'binary' }), formatish), async (text) => {
				expect(['ok', 'typed']).toContain(await settle(() => parse(text)));
			}),
			{ numRuns: 150 }
		);
	});
	it('for any bytes, decoded then read', async () => {
		await fc.assert(
			fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), async (bytes) => {
				const outcome = await settle(() => readTranscriptText(decodeTranscriptBytes(bytes), 'x'));
				expect(['ok', 'typed']).toContain(outcome);
			}),
			{ numRuns: 200 }
		);
	});
});
