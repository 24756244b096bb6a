import { describe, expect, it } from 'vitest';
import { hashedPart, SPAN } from './file-ends';
import { fingerprint } from './fingerprint';
import { sha256Hex } from './sha256';

describe('fingerprint', () => {
	it('reads and hashes a file object once, however many ask (the remembered place, the peaks cache)', async () => {
		const file = new File([new Uint8Array(3 * 1024 * 1024).fill(7)], 'talk.mp3');
		const first = fingerprint(file);
		expect(fingerprint(file)).toBe(first);
		const id = await first;
		expect(id).toEqual({
			name: 'talk.mp3',
			size: file.size,
			hash: expect.stringMatching(/^[0-9a-f]{64}$/)
		});
		// Another object with the same name and bytes is the same file to the app.
		expect(
			await fingerprint(new File([new Uint8Array(3 * 1024 * 1024).fill(7)], 'talk.mp3'))
		).toEqual(id);
	});

	it('tries again after a read that failed', async () => {
		let reads = 0;
		const unreadable = {
			name: 'gone.mp3',
			size: 3 * 1024 * 1024,
			slice() {
				reads++;
				throw new Error('the file is gone');
			}
		} as unknown as Blob & { name: string };
		await expect(fingerprint(unreadable)).rejects.toThrow('the file is gone');
		await expect(fingerprint(unreadable)).rejects.toThrow('the file is gone');
		expect(reads).toBe(2);
	});

	it('hashes the first and last MiB of a large file, all of a small one (identities stay as stored)', async () => {
		const bytes = new Uint8Array(3 * SPAN).map((_, i) => (i * 31) % 251);
		const file = new File([bytes], 'long.mp3');
		const part = new Uint8Array(await hashedPart(file).arrayBuffer());
		expect(part.length).toBe(2 * SPAN);
		expect(Buffer.from(part.subarray(0, SPAN)).equals(bytes.subarray(0, SPAN))).toBe(true);
		expect(Buffer.from(part.subarray(SPAN)).equals(bytes.subarray(2 * SPAN))).toBe(true);
		const ends = new Uint8Array(2 * SPAN);
		ends.set(bytes.subarray(0, SPAN));
		ends.set(bytes.subarray(2 * SPAN), SPAN);
		expect((await fingerprint(file)).hash).toBe(await sha256Hex(ends));
		const small = new File([bytes.subarray(0, 1000)], 'short.mp3');
		expect(hashedPart(small)).toBe(small);
		expect((await fingerprint(small)).hash).toBe(await sha256Hex(bytes.slice(0, 1000)));
	});
});
