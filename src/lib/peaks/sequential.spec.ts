import { describe, expect, it } from 'vitest';
import { chunks, SequentialReader } from './sequential';

/** A blob of `size` bytes where byte `i` is `i % 251`, in parts of `part` bytes (several stream chunks). */
function pattern(size: number, part = 70_000): Blob {
	const bytes = Uint8Array.from({ length: size }, (_, i) => i % 251);
	const parts: Uint8Array<ArrayBuffer>[] = [];
	for (let at = 0; at < size; at += part) parts.push(bytes.slice(at, at + part));
	return new Blob(parts);
}

function expectPattern(bytes: Uint8Array, from: number, length: number): void {
	expect(bytes.length).toBe(length);
	for (let i = 0; i < length; i += 997) expect(bytes[i]).toBe((from + i) % 251);
	if (length) expect(bytes[length - 1]).toBe((from + length - 1) % 251);
}

describe('chunks', () => {
	it('hands out exactly the bytes of the range, in order', async () => {
		const blob = pattern(400_000);
		const got: Uint8Array[] = [];
		for await (const chunk of chunks(blob, 1234, 345_678)) got.push(chunk.slice());
		expect(got.length).toBeGreaterThan(1);
		const all = new Uint8Array(got.reduce((n, c) => n + c.length, 0));
		let at = 0;
		for (const c of got) {
			all.set(c, at);
			at += c.length;
		}
		expectPattern(all, 1234, 345_678 - 1234);
	});

	it('gives nothing for an empty range and stops once aborted', async () => {
		const blob = pattern(400_000, 10_000);
		for await (const chunk of chunks(blob, 500, 500))
			expect.unreachable(`got ${chunk.length} bytes`);
		const stop = new AbortController();
		let count = 0;
		for await (const chunk of chunks(blob, 0, blob.size, stop.signal)) {
			expect(chunk.length).toBeGreaterThan(0);
			count++;
			stop.abort();
		}
		expect(count).toBe(1);
	});
});

describe('SequentialReader', () => {
	it('gives windows at increasing offsets, across chunk ends and past skipped stretches', async () => {
		const blob = pattern(1_000_000);
		const reader = new SequentialReader(blob, 100);
		expectPattern((await reader.at(100, 50_000)).subarray(0, 50_000), 100, 50_000);
		// Overlapping the window before, running over the stream's next chunks.
		const second = await reader.at(40_000, 150_000);
		expect(second.length).toBeGreaterThanOrEqual(150_000);
		expectPattern(second.subarray(0, 150_000), 40_000, 150_000);
		// Far beyond what was read: the chunks between are passed over.
		expectPattern((await reader.at(700_000, 10)).subarray(0, 10), 700_000, 10);
		// The end: what is left, then nothing.
		expectPattern(await reader.at(999_990, 100), 999_990, 10);
		expect((await reader.at(1_000_000, 4)).length).toBe(0);
		expect((await reader.at(2_000_000, 4)).length).toBe(0);
	});

	it('refuses to go back to bytes it has passed', async () => {
		const reader = new SequentialReader(pattern(300_000));
		await reader.at(200_000, 10);
		await expect(reader.at(10, 10)).rejects.toThrow(/already passed/);
	});

	it('gives what was read so far once closed', async () => {
		const reader = new SequentialReader(pattern(300_000));
		const first = await reader.at(0, 100);
		const had = first.length;
		reader.close();
		expect((await reader.at(0, 300_000)).length).toBe(had);
	});
});
