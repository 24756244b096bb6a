import { describe, expect, it } from 'vitest';
import { decodeTranscriptBytes, readTranscriptText } from '$lib/transcript/formats';
import { pairTranscripts } from '$lib/transcript/pair';
import { TranscriptError } from '$lib/transcript/model';
import { en, zh } from './messages';
import { REASON_CODES, reasonText } from './reasons';

/** The error a read throws. */
async function failure(read: () => unknown): Promise<TranscriptError> {
	try {
		await read();
	} catch (error) {
		if (error instanceof TranscriptError) return error;
		throw error;
	}
	throw new Error('no error');
}

const bad: [string, () => unknown][] = [
	['empty', () => readTranscriptText('  \n', 'a.md')],
	['not-text', () => decodeTranscriptBytes(Uint8Array.from([1, 2, 3, 0, 5, 6]))],
	['vtt-header', () => readTranscriptText('00:00:01.000 --> 00:00:02.000\nHi\n', 'a.vtt')],
	['no-cues', () => readTranscriptText('WEBVTT\n\nNOTE nothing\n', 'a.vtt')],
	['no-lrc-lines', () => readTranscriptText('[ti:Song]\n[ar:Someone]\n', 'a.lrc')],
	['json-syntax', () => readTranscriptText('{"chapters": [\n{]', 'a.json')],
	['no-json-chapters', () => readTranscriptText('{"chapters": []}', 'a.json')],
	['unknown-json', () => readTranscriptText('{"hello": 1}', 'a.json')]
];

describe('reasons of unreadable transcripts', () => {
	for (const [code, read] of bad) {
		it(`${code}: carries its code, worded the same in English and translated in Chinese`, async () => {
			const error = await failure(read);
			expect(error.code).toBe(code);
			expect(REASON_CODES).toContain(code);
			expect(reasonText(error, en)).toBe(error.message);
			const chinese = reasonText(error, zh);
			expect(chinese).not.toBe(error.message);
			expect(chinese).toMatch(/\p{Script=Han}/u);
		});
	}

	it('pairing two texts', async () => {
		const a = await readTranscriptText('# A\n\nText.\n', 'a.md');
		const error = await failure(() =>
			pairTranscripts({ transcript: a, name: 'a.md' }, { transcript: a, name: 'b.md' })
		);
		expect(error.code).toBe('two-texts');
		expect(reasonText(error, en)).toBe(error.message);
	});

	it('keeps the message of an error without a code', () => {
		expect(reasonText(new TranscriptError('Odd.'))).toBe('Odd.');
	});
});
