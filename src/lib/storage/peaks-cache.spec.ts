import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { fileKey, loadPeaks, MAX_CACHED, savePeaks, type CachedPeaks } from './peaks-cache';

function entry(key: string, saved: number): CachedPeaks {
	return {
		key,
		duration: 2,
		rate: 100,
		min: new Float32Array(200).fill(-0.5),
		max: new Float32Array(200).fill(0.5),
		saved
	};
}

describe('fileKey', () => {
	it('tells files apart by name, size and content at either end', async () => {
		const big = new Uint8Array(3 * 1024 * 1024);
		const a = await fileKey(new File([big], 'a.mp3'));
		expect(await fileKey(new File([big], 'a.mp3'))).toBe(a);
		expect(await fileKey(new File([big], 'b.mp3'))).not.toBe(a);
		const tail = big.slice();
		tail[tail.length - 1] = 1;
		expect(await fileKey(new File([tail], 'a.mp3'))).not.toBe(a);
		const middle = big.slice();
		middle[1.5 * 1024 * 1024] = 1; // not hashed: same key (size and ends match)
		expect(await fileKey(new File([middle], 'a.mp3'))).toBe(a);
	});
});

describe('peaks cache', () => {
	it('gives back what was stored, and null for unknown files', async () => {
		await savePeaks(entry('one', 1));
		const got = await loadPeaks('one');
		expect(got?.duration).toBe(2);
		expect(got?.max[199]).toBe(0.5);
		expect(await loadPeaks('nope')).toBeNull();
	});

	it('keeps only the most recent entries', async () => {
		for (let i = 0; i < MAX_CACHED + 3; i++) await savePeaks(entry(`k${i}`, 100 + i));
		expect(await loadPeaks('k0')).toBeNull();
		expect(await loadPeaks('k2')).toBeNull();
		expect(await loadPeaks(`k${MAX_CACHED + 2}`)).not.toBeNull();
		expect(await loadPeaks('k3')).not.toBeNull();
	});
});
