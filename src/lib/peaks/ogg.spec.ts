import { describe, expect, it } from 'vitest';
import { OggPackets, oggPageAt, opusHead } from './ogg';
import { join, oggPage, opusHeadPacket, packet } from './test-bytes';

/** Three pages: two packets; a 600-byte packet running into the next page; one more. */
function stream(): Uint8Array {
	const big = packet(600, 3);
	return join(
		oggPage(9, 0, 2, [
			{ bytes: packet(10, 1), ends: true },
			{ bytes: packet(300, 2), ends: true }
		]),
		oggPage(9, -1, 0, [{ bytes: big.subarray(0, 510), ends: false }]),
		oggPage(9, 2000, 1, [
			{ bytes: big.subarray(510), ends: true },
			{ bytes: packet(5, 4), ends: true }
		])
	);
}

function read(bytes: Uint8Array, piece: number, reader = new OggPackets()) {
	const got: { first: number; length: number; pageStart: number | null; page: number }[] = [];
	for (let at = 0; at < bytes.length; at += piece)
		reader.push(bytes.subarray(at, at + piece), (p, pageStart, page) =>
			got.push({ first: p[0]!, length: p.length, pageStart, page })
		);
	return got;
}

describe('OggPackets', () => {
	it('joins packets across pages and pieces, with the granule before each page', () => {
		const want = [
			{ first: 1, length: 10, pageStart: null, page: 0 },
			{ first: 2, length: 300, pageStart: null, page: 0 },
			{ first: 3, length: 600, pageStart: 0, page: 2 },
			{ first: 4, length: 5, pageStart: 0, page: 2 }
		];
		expect(read(stream(), 1 << 20)).toEqual(want);
		expect(read(stream(), 1)).toEqual(want);
		expect(read(stream(), 37)).toEqual(want);
	});

	it('skips garbage between pages and drops a packet whose start it did not see', () => {
		const bytes = stream();
		const second = oggPageAt(bytes, 0)!.length;
		const third = second + oggPageAt(bytes, second)!.length;
		const reader = new OggPackets();
		expect(
			read(join(packet(100, 0x4f), bytes.subarray(second)), 64, reader).map((p) => p.first)
		).toEqual([3, 4]);
		expect(reader.skipped).toBe(100);
		// The third page continues the 600-byte packet begun on the second.
		expect(read(bytes.subarray(third), 64).map((p) => p.first)).toEqual([4]);
	});

	it('ignores a cut-off last page and pages of other streams, without throwing', () => {
		const bytes = stream();
		const other = oggPage(5, 10, 0, [{ bytes: packet(20, 9), ends: true }]);
		const got = read(join(other, bytes.subarray(0, bytes.length - 3)), 50);
		expect(got.map((p) => p.first)).toEqual([9]);
		const mine = read(join(bytes.subarray(0, bytes.length - 3)), 50, new OggPackets(9));
		expect(mine.map((p) => p.first)).toEqual([1, 2]);
		expect(() => read(packet(5000, 0x4f), 100)).not.toThrow();
	});
});

describe('opusHead', () => {
	it('reads channels and pre-skip of a mapping-family-0 header, else null', () => {
		expect(opusHead(opusHeadPacket(312))).toEqual({
			channels: 1,
			preSkip: 312,
			streamCount: 1,
			coupledStreamCount: 0,
			channelMappingTable: [0]
		});
		expect(opusHead(packet(19, 0))).toBeNull();
		expect(opusHead(opusHeadPacket().subarray(0, 12))).toBeNull();
	});
});
