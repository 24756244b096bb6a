import { describe, expect, it } from 'vitest';
import { textId, utf8TextId } from './storage/fingerprint';
import { decodeTranscriptBytes } from './transcript/formats';
import { guessLegacyEncoding, isVerbatimUtf8, prepareTranscriptBytes } from './text-encoding';

const latin1 = (s: string) => Uint8Array.from([...s].map((c) => c.charCodeAt(0)));
// "中文字幕" in GB18030.
const gbk = Uint8Array.from([0xd6, 0xd0, 0xce, 0xc4, 0xd7, 0xd6, 0xc4, 0xbb, 0x0a]);

describe('text encodings', () => {
	it('knows UTF-8 and BOM-marked UTF-16 (kept as they are), and what is neither', () => {
		const utf8 = new TextEncoder().encode('Café 中文');
		expect(prepareTranscriptBytes(utf8)).toMatchObject({ bytes: utf8, legacy: null, utf8: true });
		const utf16 = Uint8Array.from([0xff, 0xfe, 0x41, 0x00]);
		expect(prepareTranscriptBytes(utf16)).toMatchObject({
			bytes: utf16,
			legacy: null,
			utf8: false
		});
		expect(prepareTranscriptBytes(latin1('Café')).legacy?.label).toBe('windows-1252');
	});

	it('reads Latin-1 as Western, GB18030 as Chinese', () => {
		expect(guessLegacyEncoding(latin1('Café au lait, déjà vu, fiancée'))?.label).toBe(
			'windows-1252'
		);
		expect(guessLegacyEncoding(gbk)?.label).toBe('gb18030');
		expect(guessLegacyEncoding(Uint8Array.from([0x41, 0x00, 0x42]))).toBeNull();
	});

	it('says when prepared bytes are the very UTF-8 of their text, whose identity they then give', async () => {
		const utf16 = Uint8Array.from([0xff, 0xfe, 0x41, 0x00, 0x0a, 0x00]);
		const bom = Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('# 标题\n')]);
		const cases: [Uint8Array<ArrayBuffer>, boolean][] = [
			[new TextEncoder().encode('# 标题\n\n**(01:02)** Café\n'), true],
			[latin1('# Café\n'), true], // re-encoded from Windows-1252
			[Uint8Array.from(gbk), true], // re-encoded from GB18030
			[new TextEncoder().encode('# Title\r\nline\r\n'), false], // CRLF becomes LF
			[bom, false], // the BOM is dropped
			[utf16, false]
		];
		for (const [raw, verbatim] of cases) {
			const prepared = prepareTranscriptBytes(raw);
			expect(isVerbatimUtf8(prepared)).toBe(verbatim);
			const text = decodeTranscriptBytes(prepared.bytes);
			// The text decoded on the way (UTF-8 as read) reads as the bytes decoded again would.
			expect(prepared.decoded !== undefined).toBe(!prepared.legacy && raw !== utf16);
			expect(decodeTranscriptBytes(prepared.bytes, prepared.decoded)).toBe(text);
			if (verbatim)
				expect(await utf8TextId('t.md', prepared.bytes)).toEqual(await textId('t.md', text));
			else expect(new TextEncoder().encode(text)).not.toEqual(prepared.bytes);
		}
	});
});
