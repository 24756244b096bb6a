import { readFileSync } from 'node:fs';
import { pinyin } from 'pinyin-pro';
import { describe, expect, it } from 'vitest';
import { parseTranscript } from '$lib/transcript/formats';
import { applyRetime, NO_RETIME, shiftOffset } from '$lib/retime';
import {
	bodyLength,
	buildIndex,
	buildIndexInSlices,
	INDEX_SLICE,
	pinyinKey,
	queryTones,
	search,
	snippet,
	type PinyinFn
} from './search';

const toPinyin: PinyinFn = (text) => pinyin(text, { type: 'all', toneType: 'none' });
const interview = parseTranscript(
	readFileSync('static/transcripts/interview.md', 'utf8'),
	'interview.md'
);
const index = buildIndex(interview, toPinyin);

describe('search', () => {
	it('finds Chinese text and gives its section and an estimated time inside it', () => {
		const hits = search(index, '监管');
		expect(hits.length).toBeGreaterThan(0);
		const h = hits[0]!;
		expect(h.text.slice(h.start, h.end)).toBe('监管');
		const section = interview.sections[h.section]!;
		expect(h.sectionTitle).toBe(section.title);
		const start = interview.anchors[section.anchor!]!.time;
		expect(h.time).toBeGreaterThanOrEqual(start);
	});

	it('finds 监管 by pinyin, with tones, tone numbers, spaces or ü', () => {
		const plain = search(index, '监管');
		for (const q of ['jianguan', 'jian guan', 'jiān guǎn', 'jian1 guan3', "Jian'guan"]) {
			const hits = search(index, q);
			const found = hits.map((h) => h.text.slice(h.start, h.end));
			expect(found, q).toContain('监管');
			expect(hits.filter((h) => h.pinyin).length).toBeGreaterThanOrEqual(plain.length);
		}
		expect(pinyinKey('lǜ shī')).toBe('lushi');
	});

	it('uses the tones a query gives to tell homophones apart', () => {
		const found = (q: string) => search(index, q).map((h) => h.text.slice(h.start, h.end));
		expect(found('jianguan')).toContain('间关'); // 时间关于: the same letters, other tones
		expect(found('jiān guǎn')).not.toContain('间关');
		expect(found('jian1guan3')).not.toContain('间关');
		expect(found('jian1guan3')).toContain('监管');
		expect(queryTones('jiān guǎn lü5')).toEqual([1, 3, 0]);
	});

	it('matches pinyin only from a syllable start', () => {
		const hits = search(index, 'ianguan');
		expect(hits.filter((h) => h.pinyin)).toHaveLength(0);
	});

	it('is case- and width-insensitive', () => {
		const a = search(index, 'openai').length;
		expect(a).toBeGreaterThan(0);
		expect(search(index, 'ＯｐｅｎＡＩ').length).toBe(a);
		expect(search(index, 'OPENAI').length).toBe(a);
	});

	it('finds nothing for an empty or absent query', () => {
		expect(search(index, '   ')).toEqual([]);
		expect(search(index, 'zzzqqq')).toEqual([]);
	});

	it('orders hits by document order with rising times', () => {
		const hits = search(index, '人工智能');
		expect(hits.length).toBeGreaterThan(20);
		for (let i = 1; i < hits.length; i++)
			expect(hits[i]!.section).toBeGreaterThanOrEqual(hits[i - 1]!.section);
	});

	it('takes times from a retimed transcript', () => {
		const shifted = applyRetime(interview, shiftOffset(NO_RETIME, 10));
		const a = search(index, '监管')[0]!;
		const b = search(index, '监管', 100, shifted)[0]!;
		expect(b.time - a.time).toBeCloseTo(10, 1);
	});

	it('cuts a snippet around the match', () => {
		const s = snippet({ text: 'a'.repeat(50) + 'XY' + 'b'.repeat(50), start: 50, end: 52 }, 5);
		expect(s).toEqual({ before: '…aaaaa', match: 'XY', after: 'bbbbb…' });
	});
	it('builds the same index in slices, pausing between them, and stops when cancelled', async () => {
		const long = {
			...interview,
			sections: Array.from({ length: 12 }, () => interview.sections).flat()
		};
		expect(bodyLength(long)).toBeGreaterThan(INDEX_SLICE / 2);
		let pauses = 0;
		const sliced = await buildIndexInSlices(long, toPinyin, async () => {
			pauses++;
		});
		expect(pauses).toBeGreaterThanOrEqual(5);
		expect(sliced).toEqual(buildIndex(long, toPinyin));
		const stopped = await buildIndexInSlices(
			long,
			undefined,
			async () => {},
			() => true,
			1_000
		);
		expect(stopped).toBeNull();
	});
});
