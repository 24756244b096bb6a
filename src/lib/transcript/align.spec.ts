import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { alignTimeline, matchHeadings } from './align';
import { parseMarkdownTimeline } from './formats/markdown';
import type { Transcript } from './model';
import { createTitleMatcher } from './similarity';

const interviewPath = fileURLToPath(
	new URL('../../../static/transcripts/interview.md', import.meta.url)
);
const interview = readFileSync(interviewPath, 'utf8');

/** Where each entry belongs: the exact heading it matches, or (no heading) a section title and paragraph index. */
type Expected =
	[time: number, heading: string] | [time: number, section: string, paragraph: number];

/** The intended mapping for the bundled interview (from the narration's ground truth). */
const INTERVIEW: Expected[] = [
	[0, '简介'],
	[50, '领导OpenAI的个人影响'],
	[104, '多模态人工智能的面纱'],
	[167, '令人惊讶的多模态人工智能用例和好处'],
	[203, '幕后:实现多模态人工智能'],
	[516, '展望人工智能在沟通和创造力方面的未来'],
	[621, '人工智能的商业化:货币化、开源和未来方向'],
	[1002, '人工智能在塑造未来工作和体验方面的作用'],
	[1229, '揭秘AGI:通往先进人工智能的持续之路'],
	[1444, '探索科学和技术进步的步伐'],
	[1458, '人工智能中可解释性的重要性'],
	[1511, '探索人工智能伦理和监管'],
	[1646, '人工智能及其未来的安全范式'],
	[1735, '个人思考和人工智能对社会的影响'],
	[1751, '个人思考和人工智能对社会的影响', 0],
	[1859, '应对个人和职业挑战'],
	[2421, '人工智能在创意和个人身份中的作用'],
	[2589, '教育体系在人工智能时代的适应'],
	[2670, '思考拥有先进人工智能的未来']
];

/** Checks every entry against the table and that all anchor back-references agree. */
function expectAligned(t: Transcript, table: readonly Expected[]): void {
	expect(t.timeline).toHaveLength(table.length);
	table.forEach((want, i) => {
		const entry = t.timeline[i];
		expect(entry?.time, `entry ${i}`).toBe(want[0]);
		expect(entry?.anchor, `entry ${i} anchor`).not.toBeNull();
		const anchor = t.anchors[entry?.anchor ?? -1];
		expect(anchor?.entry, `entry ${i}`).toBe(i);
		expect(anchor?.estimated).toBe(false);
		const section = t.sections[anchor?.section ?? -1];
		expect(section?.title, `entry ${i} section`).toBe(want[1]);
		expect(anchor?.block ?? null, `entry ${i} block`).toBe(want.length === 3 ? want[2] : null);
	});
	expectConsistent(t);
}

/** Anchors sorted by time, and every index pointing both ways. */
function expectConsistent(t: Transcript): void {
	t.anchors.forEach((a, k) => {
		const prev = t.anchors[k - 1];
		if (prev) expect(a.time).toBeGreaterThanOrEqual(prev.time);
		const section = t.sections[a.section];
		expect(section).toBeDefined();
		if (a.block === null) expect(section?.anchor).toBe(k);
		else expect(section?.blocks[a.block]?.anchor).toBe(k);
		if (a.entry !== null) expect(t.timeline[a.entry]?.anchor).toBe(k);
		expect(a.estimated).toBe(a.entry === null);
	});
	t.sections.forEach((s) => {
		if (s.anchor !== null) expect(t.anchors[s.anchor]?.block).toBeNull();
		s.blocks.forEach((b) => {
			if (b.anchor !== null) expect(t.sections[t.anchors[b.anchor]?.section ?? -1]).toBe(s);
		});
	});
	t.timeline.forEach((e, i) => {
		if (e.anchor !== null) expect(t.anchors[e.anchor]?.entry).toBe(i);
	});
}

describe('alignTimeline on the bundled interview', () => {
	const t = parseMarkdownTimeline(interview, 'interview.md');

	it('places all 19 entries as intended', () => {
		expectAligned(t, INTERVIEW);
		expect(t.sections).toHaveLength(18);
		expect(t.anchors).toHaveLength(19);
	});

	it('puts entry 14 on the paragraph about fast take-off', () => {
		const anchor = t.anchors[t.timeline[14]?.anchor ?? -1];
		const block = t.sections[anchor?.section ?? -1]?.blocks[anchor?.block ?? -1];
		expect(block?.text.startsWith('我作为一位播客的好友')).toBe(true);
		expect(block?.anchor).toBe(t.timeline[14]?.anchor);
	});

	it('reports the entry without a heading, and nothing worse than info', () => {
		const notes = t.diagnostics.filter((d) => d.level !== 'info');
		expect(notes).toEqual([]);
		expect(t.diagnostics.some((d) => d.line === 50 && /matches no heading/.test(d.message))).toBe(
			true
		);
	});

	it('has no quadratic blow-up (a few ms per parse when warm; bound is loose for busy CI)', () => {
		parseMarkdownTimeline(interview);
		const start = performance.now();
		for (let i = 0; i < 10; i++) parseMarkdownTimeline(interview);
		expect((performance.now() - start) / 10).toBeLessThan(250);
	});
});

/** An English transcript of the same shape: reworded headings, an entry with no heading, a heading with no entry. */
const ENGLISH = `# Building a Startup in the Age of AI

Episode notes and a full transcript.

## Timeline

- 00:00 - Introduction and guest background
- 02:15 - Why most startups fail early
- 05:40 - Finding product-market fit with customers
- 09:05 - The hiring playbook for small teams
- 12:30 - Fundraising myths and mistakes
- 16:10 - A surprising story about burnout and recovery
- 19:45 - Closing advice for first-time founders

# Transcript

###  Introduction: our guest's background

Welcome to the show. Today my guest spent ten years building companies
and two of them were sold.

### Why startups fail so early

Most companies die because they run out of money before they find anything people want.

### Product-market fit, found by talking to customers

You have to talk to customers every single week and write down what they say.

Then you change the product until they pull it out of your hands.

### Hiring for a small team

Your first ten people decide the culture. Hire slowly and fire quickly.

### A detour into remote work

We went fully remote in the second year and never looked back, even though meetings got harder.

### Myths about fundraising

People think investors fund ideas. They fund teams and traction.

The biggest mistake is raising too little.

Let me tell you a story. After the second round I hit a wall: burnout, months of it, and the recovery took
most of a year. The surprising part was how ordinary it felt while it was happening, and how
many founders told me afterwards that it had happened to them too.

### Advice for founders starting out

Start before you feel ready, and keep going.

# Related episodes

[Episode 12](https://example.com/12)
`;

describe('alignTimeline on an English transcript', () => {
	const t = parseMarkdownTimeline(ENGLISH, 'startup.md');

	it('aligns reworded headings and places the entry without a heading on its paragraph', () => {
		expectAligned(t, [
			[0, "Introduction: our guest's background"],
			[135, 'Why startups fail so early'],
			[340, 'Product-market fit, found by talking to customers'],
			[545, 'Hiring for a small team'],
			[750, 'Myths about fundraising'],
			[970, 'Myths about fundraising', 2],
			[1185, 'Advice for founders starting out']
		]);
		expect(t.sections.map((s) => s.level)).toEqual([3, 3, 3, 3, 3, 3, 3]);
		expect(t.back[0]?.text).toBe('Related episodes');
	});

	it('estimates the heading with no entry between its neighbours', () => {
		const detour = t.sections[4];
		expect(detour?.title).toBe('A detour into remote work');
		const anchor = t.anchors[detour?.anchor ?? -1];
		expect(anchor).toMatchObject({ estimated: true, entry: null, block: null, section: 4 });
		expect(anchor?.time).toBeGreaterThan(545);
		expect(anchor?.time).toBeLessThan(750);
		expect(t.diagnostics.find((d) => d.line === detour?.line)?.message).toMatch(
			/no timeline entry.*estimated/
		);
		expect(t.diagnostics.find((d) => /burnout/.test(d.message))?.message).toMatch(
			/matches no heading/
		);
	});
});

describe('alignTimeline edge cases', () => {
	const section = (
		title: string,
		paragraphs: string[],
		line = 1
	): Transcript['sections'][number] => ({
		id: title,
		title,
		level: 2,
		line,
		anchor: null,
		blocks: paragraphs.map((text, k) => ({
			kind: 'paragraph',
			text,
			inlines: [{ kind: 'text', text }],
			line: line + k + 1,
			anchor: null
		}))
	});
	const entry = (time: number, title: string, line = 1): Transcript['timeline'][number] => ({
		time,
		label: '',
		title,
		line,
		anchor: null
	});

	it('anchors each heading to the entry that names it when every entry names its own, in order', () => {
		const sections = [section('Alpha', ['x']), section('Beta', ['y']), section('Gamma', [])];
		const entries = [entry(0, 'Alpha', 3), entry(0, 'Beta', 4), entry(7.5, 'Gamma', 5)];
		const a = alignTimeline(entries, sections);
		expect(a.headingOf).toEqual([0, 1, 2]);
		expect(a.anchors).toEqual([
			{ time: 0, section: 0, block: null, entry: 0, estimated: false },
			{ time: 0, section: 1, block: null, entry: 1, estimated: false },
			{ time: 7.5, section: 2, block: null, entry: 2, estimated: false }
		]);
		expect(a.sections.map((s) => s.anchor)).toEqual([0, 1, 2]);
		expect(a.timeline.map((e) => e.anchor)).toEqual([0, 1, 2]);
		expect(a.diagnostics).toEqual([]);
		// Copies: what was handed in is left as it was.
		expect(sections.map((s) => s.anchor)).toEqual([null, null, null]);
		expect(entries.map((e) => e.anchor)).toEqual([null, null, null]);
		expect(a.sections[0]?.blocks[0]).not.toBe(sections[0]?.blocks[0]);
		// Handed over (`own`): filled in place, the same result.
		const owned = alignTimeline(
			entries.map((e) => ({ ...e })),
			sections.map((x) => ({ ...x })),
			true
		);
		expect(owned).toEqual(a);
		// Out of time order, the general way sorts the anchors by time.
		const unordered = alignTimeline(
			[entry(9, 'Alpha'), entry(2, 'Beta'), entry(5, 'Gamma')],
			sections
		);
		expect(unordered.anchors.map((x) => [x.time, x.section])).toEqual([
			[2, 1],
			[5, 2],
			[9, 0]
		]);
	});

	it('keeps order: a later entry never matches an earlier heading', () => {
		const sections = [section('Alpha beta', ['x']), section('Gamma delta', ['y'])];
		const entries = [entry(0, 'Gamma delta'), entry(10, 'Alpha beta')];
		const matcher = createTitleMatcher([
			...entries.map((e) => e.title),
			...sections.map((s) => s.title)
		]);
		const matched = matchHeadings(entries, sections, matcher);
		expect(matched.filter((m) => m !== null)).toHaveLength(1);
	});

	it('extrapolates untimed headings after the last timed one at the timed reading rate', () => {
		const sections = [
			section('One', ['a'.repeat(97)]),
			section('Two', ['b'.repeat(97)]),
			section('Three', ['c'.repeat(95)])
		];
		const a = alignTimeline([entry(0, 'One'), entry(100, 'Two')], sections);
		const three = a.anchors[a.sections[2]?.anchor ?? -1];
		expect(three).toMatchObject({ estimated: true, entry: null });
		expect(three?.time).toBeCloseTo(200, 0);
	});

	it('leaves headings untimed when nothing is timed', () => {
		const a = alignTimeline([], [section('One', ['a'])]);
		expect(a.anchors).toEqual([]);
		expect(a.sections[0]?.anchor).toBeNull();
		expect(a.diagnostics).toEqual([]);
		const b = alignTimeline(
			[entry(0, 'Nothing alike', 3)],
			[section('One', []), section('Two', [], 5)]
		);
		expect(b.timeline[0]?.anchor).not.toBeNull();
		expect(b.sections.map((s) => s.anchor === null)).toContain(true);
		expect(b.diagnostics.some((d) => d.level === 'warning' && d.line === 5)).toBe(true);
	});

	it('warns about an entry with no place at all', () => {
		const a = alignTimeline([entry(5, 'Nothing like it', 7)], []);
		expect(a.timeline[0]?.anchor).toBeNull();
		expect(a.diagnostics).toMatchObject([{ level: 'warning', line: 7 }]);
	});
});
