import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTranscript } from './formats';
import { extractTerms, termWindow } from './terms';

const interview = parseTranscript(
	readFileSync('static/transcripts/interview.md', 'utf8'),
	'interview.md'
);
const terms = extractTerms(interview);
const byKey = (key: string) => terms.find((t) => t.key === key);

describe('terms of the bundled interview', () => {
	it('pairs Omni with 全方位 and AGI with its Chinese names', () => {
		expect(byKey('omni')?.gloss).toBe('全方位');
		const agi = byKey('agi');
		expect(agi?.gloss === '人工通用智能' || agi?.gloss === '通用人工智能').toBe(true);
		expect(agi!.occurrences.length).toBeGreaterThanOrEqual(12);
	});

	it('pairs Chinese renderings of names with the original', () => {
		expect(byKey('larry page')?.gloss).toBe('拉里');
		expect(byKey('ilya')?.gloss).toBe('伊利亚');
	});

	it('finds Latin names and terms inside the Chinese text', () => {
		for (const key of ['openai', 'gpt-4', 'sam altman', 'chatgpt', 'iphone']) {
			expect(byKey(key), key).toBeDefined();
		}
		expect(byKey('openai')!.latin).toBe('OpenAI');
		expect(byKey('openai')!.occurrences.length).toBeGreaterThanOrEqual(15);
	});

	it('gives every occurrence a time inside its section, in order', () => {
		for (const term of terms) {
			for (const o of term.occurrences) {
				const section = interview.sections[o.section]!;
				const start = interview.anchors[section.anchor!]!.time;
				const next = interview.sections[o.section + 1];
				const end = next ? interview.anchors[next.anchor!]!.time : Infinity;
				expect(o.time).not.toBeNull();
				expect(o.time!).toBeGreaterThanOrEqual(start);
				expect(o.time!).toBeLessThanOrEqual(end);
				const text = o.block === null ? section.title : section.blocks[o.block]!.text;
				expect(text.slice(o.offset, o.offset + o.length)).toBe(o.form);
			}
		}
	});

	it('does not take URLs, single letters or parenthetical remarks as terms', () => {
		expect(terms.some((t) => /https|png|weixin/i.test(t.key))).toBe(false);
		expect(byKey('o')).toBeUndefined();
		expect(terms.some((t) => t.gloss?.includes('无论'))).toBe(false);
	});
});

describe('terms of an English text with glosses', () => {
	const md = [
		'# Bike repair',
		'',
		'# Timeline',
		'',
		'**(00:00)** Gears',
		'',
		'**(01:00)** Brakes',
		'',
		'# Transcript',
		'',
		'## Gears',
		'',
		'The rear derailleur (变速器) moves the chain. A worn derailleur shifts badly.',
		'',
		'## Brakes',
		'',
		'Check the Disc Brake（碟刹）before every ride, and the cable tension too.',
		''
	].join('\n');
	const t = parseTranscript(md, 'bike.md');
	const found = extractTerms(t);

	it('pairs the word before the gloss with the gloss, both paren widths', () => {
		const d = found.find((x) => x.key === 'derailleur');
		expect(d?.gloss).toBe('变速器');
		expect(d?.occurrences.map((o) => o.form)).toEqual(['derailleur', '变速器', 'derailleur']);
		expect(found.find((x) => x.key === 'disc brake')?.gloss).toBe('碟刹');
	});

	it('does not list every English word', () => {
		expect(found.map((x) => x.key).sort()).toEqual(['derailleur', 'disc brake']);
	});

	it('interpolates the time by character offset inside the section', () => {
		const occ = found.find((x) => x.key === 'derailleur')!.occurrences;
		expect(occ[0]!.time!).toBeGreaterThan(0);
		expect(occ[2]!.time!).toBeGreaterThan(occ[0]!.time!);
		expect(occ[2]!.time!).toBeLessThan(60);
		const brake = found.find((x) => x.key === 'disc brake')!.occurrences[0]!;
		expect(brake.time!).toBeGreaterThan(60);
	});

	it('makes a study window around a moment', () => {
		expect(termWindow(0.5)).toEqual({ start: 0, end: 3.5 });
		expect(termWindow(10, 2, 2)).toEqual({ start: 8, end: 12 });
	});
});
