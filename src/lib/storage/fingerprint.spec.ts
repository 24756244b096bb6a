import { describe, expect, it } from 'vitest';
import { fingerprint } from './fingerprint';

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
});
