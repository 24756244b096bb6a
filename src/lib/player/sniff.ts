/** Looks at the first bytes of a file the browser could not play, to say what it actually is. */

/** What a file's first bytes say it is. */
export interface Sniffed {
	/** Container name (`WAV`, `MP3`, `Ogg`, `FLAC`, `WebM/Matroska`, `MP4`), or null when unrecognised. */
	container: string | null;
	/** The audio codec when the header names it (WAV only). */
	codec: string | null;
	/** True when the bytes look like plain text. */
	text: boolean;
}

const WAV_CODECS: Record<number, string> = {
	1: 'PCM',
	2: 'Microsoft ADPCM',
	3: 'IEEE float',
	6: 'A-law',
	7: 'µ-law',
	0x11: 'IMA ADPCM',
	0x31: 'GSM 6.10',
	0x55: 'MP3',
	0xfffe: 'extensible PCM'
};

const ascii = (b: Uint8Array, at: number, s: string) =>
	[...s].every((c, i) => b[at + i] === c.charCodeAt(0));

/** Names the container (and, for WAV, the codec) from a file's first 64 bytes. */
export function sniffMedia(head: Uint8Array): Sniffed {
	const none = { container: null, codec: null };
	let found: { container: string | null; codec: string | null } = none;
	if (ascii(head, 0, 'RIFF') && ascii(head, 8, 'WAVE')) {
		const tag = ascii(head, 12, 'fmt ') ? (head[20] ?? 0) | ((head[21] ?? 0) << 8) : -1;
		found = {
			container: 'WAV',
			codec: tag < 0 ? null : (WAV_CODECS[tag] ?? `format 0x${tag.toString(16)}`)
		};
	} else if (ascii(head, 0, 'ID3') || (head[0] === 0xff && ((head[1] ?? 0) & 0xe0) === 0xe0))
		found = { container: 'MP3', codec: null };
	else if (ascii(head, 0, 'OggS')) found = { container: 'Ogg', codec: null };
	else if (ascii(head, 0, 'fLaC')) found = { container: 'FLAC', codec: null };
	else if (head[0] === 0x1a && head[1] === 0x45 && head[2] === 0xdf && head[3] === 0xa3)
		found = { container: 'WebM/Matroska', codec: null };
	else if (ascii(head, 4, 'ftyp')) found = { container: 'MP4', codec: null };
	const text =
		found.container === null &&
		head.length > 0 &&
		head.every((b) => b === 9 || b === 10 || b === 13 || (b >= 0x20 && b !== 0x7f));
	return { ...found, text };
}
