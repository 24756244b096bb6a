import { describe, expect, it } from 'vitest';
import { guessLegacyEncoding, isUnicode } from './text-encoding';

const latin1 = (s: string) => Uint8Array.from([...s].map((c) => c.charCodeAt(0)));
// "中文字幕" in GB18030.
const gbk = Uint8Array.from([0xd6, 0xd0, 0xce, 0xc4, 0xd7, 0xd6, 0xc4, 0xbb, 0x0a]);

describe('text encodings', () => {
	it('knows UTF-8 and BOM-marked UTF-16', () => {
		expect(isUnicode(new TextEncoder().encode('Café 中文'))).toBe(true);
		expect(isUnicode(Uint8Array.from([0xff, 0xfe, 0x41, 0x00]))).toBe(true);
		expect(isUnicode(latin1('Café'))).toBe(false);
	});

	it('reads Latin-1 as Western, GB18030 as Chinese', () => {
		expect(guessLegacyEncoding(latin1('Café au lait, déjà vu, fiancée'))?.label).toBe(
			'windows-1252'
		);
		expect(guessLegacyEncoding(gbk)?.label).toBe('gb18030');
		expect(guessLegacyEncoding(Uint8Array.from([0x41, 0x00, 0x42]))).toBeNull();
	});
});
