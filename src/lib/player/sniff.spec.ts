import { describe, expect, it } from 'vitest';
import { sniffMedia } from './sniff';

const bytes = (s: string, extra: number[] = []) =>
	Uint8Array.from([...[...s].map((c) => c.charCodeAt(0)), ...extra]);

describe('sniffMedia', () => {
	it('names WAV codecs and common containers', () => {
		const wav = bytes('RIFF\0\0\0\0WAVEfmt \x14\0\0\0\x11\0');
		expect(sniffMedia(wav)).toEqual({ container: 'WAV', codec: 'IMA ADPCM', text: false });
		expect(sniffMedia(bytes('ID3\x04')).container).toBe('MP3');
		expect(sniffMedia(bytes('OggS')).container).toBe('Ogg');
		expect(sniffMedia(bytes('\0\0\0\x20ftypisom')).container).toBe('MP4');
		expect(sniffMedia(Uint8Array.from([0x1a, 0x45, 0xdf, 0xa3])).container).toBe('WebM/Matroska');
	});

	it('tells text from unknown bytes', () => {
		expect(sniffMedia(bytes('Hello\nworld\n'))).toEqual({
			container: null,
			codec: null,
			text: true
		});
		expect(sniffMedia(Uint8Array.from([0, 1, 2, 200]))).toEqual({
			container: null,
			codec: null,
			text: false
		});
	});
});
