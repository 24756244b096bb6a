import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { TranscriptError, type Block, type Transcript } from '../model';
import { findTimelineRun, parseMarkdownTimeline, readMarkdownTimeline } from './markdown';

const interview = readFileSync(
	fileURLToPath(new URL('../../../../static/transcripts/interview.md', import.meta.url)),
	'utf8'
);

/** Every block of the transcript, front to back. */
const allBlocks = (t: Transcript): Block[] => [
	...t.front,
	...t.sections.flatMap((s) => s.blocks),
	...t.back
];

describe('parseMarkdownTimeline on the bundled interview', () => {
	const t = parseMarkdownTimeline(interview, 'interview.md');

	it('reads title, timeline and sections', () => {
		expect(t.title).toBe(
			'视频访谈节目：OpenAI创始人Sam Altman亲述GPT-4o细节,展望科技浪潮下新生存模式!'
		);
		expect(t.format).toBe('markdown-timeline');
		expect(t.timeline).toHaveLength(19);
		expect(t.timeline[2]).toMatchObject({
			time: 104,
			label: '01:44',
			title: '揭开多模式人工智能的面纱：技术的飞跃',
			line: 26
		});
		expect(t.timeline.at(-1)).toMatchObject({ time: 2670, label: '44:30', line: 58 });
		expect(t.sections).toHaveLength(18);
		expect(t.sections[0]).toMatchObject({ id: '简介', title: '简介', level: 2, line: 66 });
		expect(t.sections[11]).toMatchObject({ id: '探索人工智能伦理和监管', line: 162 });
		expect(new Set(t.sections.map((s) => s.id)).size).toBe(18);
	});

	it('keeps front matter without the timeline lines, and back matter from 往期回顾', () => {
		const front = t.front.map((b) => b.text);
		expect(front).toContain('视频时间轴');
		expect(front).toContain('文章作者: AI深度研究员');
		expect(front.some((x) => /\(00:50\)|领先 OpenAI 的个人影响/.test(x))).toBe(false);
		expect(t.front.some((b) => b.kind === 'image')).toBe(true);
		expect(t.back[0]).toMatchObject({ kind: 'heading', text: '往期回顾', line: 228 });
		expect(t.back.some((b) => b.kind === 'rule')).toBe(true);
		expect(t.sections.at(-1)?.blocks.map((b) => b.text)).toContain('(音乐)');
	});

	it('joins lines: CJK without a space, Latin words with one', () => {
		const intro = t.sections[0]?.blocks ?? [];
		expect(intro[0]?.text).toContain('欢迎来到Logan Bartlett的节目');
		expect(t.front.find((b) => b.line === 17)?.text).toContain('实现 AGI的时间表');
	});

	it('never shows raw markup to readers', () => {
		for (const b of allBlocks(t)) {
			expect(b.text).not.toMatch(/\*\*|\]\(/);
			for (const p of b.inlines) {
				if (p.kind === 'image') continue;
				expect(p.text).not.toMatch(/\*\*/);
				if (p.kind === 'link') expect(p.href).toMatch(/^https?:\/\//);
			}
		}
		const bold = t.sections[0]?.blocks[1]?.inlines.find((p) => p.kind === 'strong');
		expect(bold?.text.startsWith('与Sam的这次讨论有些不同')).toBe(true);
		expect(t.front.find((b) => b.line === 64)?.text).toContain('节省阅读时间，还能');
	});

	it('finds the timeline run', () => {
		const run = findTimelineRun(interview.split('\n'));
		expect(run.map((s) => s.index + 1)).toEqual(Array.from({ length: 19 }, (_, i) => 22 + 2 * i));
	});
});

describe('parseMarkdownTimeline', () => {
	it('throws a clear error on empty input', () => {
		expect(() => parseMarkdownTimeline('')).toThrow(TranscriptError);
		expect(() => parseMarkdownTimeline('  \n \t\n')).toThrow(/empty/);
	});

	it('accepts the common timestamp line forms', () => {
		const forms = [
			'**(00:10)** A',
			'(00:20) B',
			'00:30 C',
			'[00:40] D',
			'- 00:50 - E',
			'1:00:00 F',
			'1:00:10 - G'
		];
		const t = parseMarkdownTimeline(forms.join('\n'));
		expect(t.timeline.map((e) => [e.time, e.title])).toEqual([
			[10, 'A'],
			[20, 'B'],
			[30, 'C'],
			[40, 'D'],
			[50, 'E'],
			[3600, 'F'],
			[3610, 'G']
		]);
	});

	it('adds times written in headings unless the timeline has one within half a second', () => {
		const text =
			'**(00:10)** A\n**(01:00)** B\n**(02:00)** C\n\n## 00:10.4 A\n\na\n\n## 00:59.6 B\n\nb\n\n## 01:30 Mid\n\nm\n\n## 02:00.5 C\n\nc';
		const t = parseMarkdownTimeline(text);
		expect(t.timeline.map((e) => [e.time, e.title])).toEqual([
			[10, 'A'],
			[60, 'B'],
			[90, 'Mid'],
			[120, 'C'],
			[120.5, 'C']
		]);
	});

	it('takes the longest run as the timeline, leaving stray timestamps in the text', () => {
		const text =
			'# T\n\n09:30 meeting\n\nintro text\n\n00:00 A\n\n01:00 B\n02:00 C\n\n## A\n\n10:00 is late\n\n## B\n\nx\n\n## C\n\ny';
		const t = parseMarkdownTimeline(text);
		expect(t.timeline.map((e) => e.title)).toEqual(['A', 'B', 'C']);
		expect(t.front.map((b) => b.text)).toEqual(['09:30 meeting', 'intro text']);
		expect(t.sections[0]?.blocks[0]?.text).toBe('10:00 is late');
	});

	it('sorts an out-of-order timeline and warns with the line; warns about duplicates', () => {
		const text =
			'00:00 A\n02:00 C\n01:00 B\n01:00 B\n01:00 B2\n\n## A\n\na\n\n## B\n\nb\n\n## C\n\nc';
		const t = parseMarkdownTimeline(text);
		expect(t.timeline.map((e) => e.title)).toEqual(['A', 'B', 'B2', 'C']);
		expect(t.diagnostics).toEqual(
			expect.arrayContaining([
				expect.objectContaining({
					level: 'warning',
					line: 3,
					message: expect.stringMatching(/earlier.*sorted/)
				}),
				expect.objectContaining({
					level: 'warning',
					line: 4,
					message: expect.stringMatching(/repeats line 3/)
				}),
				expect.objectContaining({
					level: 'warning',
					line: 5,
					message: expect.stringMatching(/same time/)
				})
			])
		);
	});

	it('parses a document without a timeline as untimed sections with an info note', () => {
		const t = parseMarkdownTimeline('# Doc\n\nIntro.\n\n## One\n\nText.\n\n## Two\n\nMore.');
		expect(t.format).toBe('markdown');
		expect(t.sections.map((s) => [s.title, s.anchor])).toEqual([
			['One', null],
			['Two', null]
		]);
		expect(t.anchors).toEqual([]);
		expect(t.front.map((b) => b.text)).toEqual(['Intro.']);
		const info = t.diagnostics.find((d) => d.level === 'info');
		expect(info?.message).toMatch(/No timeline was found.*add/);
	});

	it('reads times written in the headings', () => {
		const t = parseMarkdownTimeline(
			'# Talk\n\n## 00:00 Opening\n\nHi.\n\n## [01:44] The middle part\n\nYes.\n\n## Untimed end\n\nBye.'
		);
		expect(t.timeline.map((e) => [e.time, e.title, e.line])).toEqual([
			[0, 'Opening', 3],
			[104, 'The middle part', 7]
		]);
		expect(t.sections.map((s) => s.title)).toEqual(['Opening', 'The middle part', 'Untimed end']);
		expect(t.sections.map((s) => t.anchors[s.anchor ?? -1]?.estimated)).toEqual([
			false,
			false,
			true
		]);
	});

	it('ends the body at the first higher-level heading and keeps deeper headings as blocks', () => {
		const t = parseMarkdownTimeline(
			'00:00 A\n00:10 B\n\n## A\n\n### detail\n\ntext\n\n## B\n\nb\n\n# Links\n\n## Not a section\n\n* * *'
		);
		expect(t.sections.map((s) => s.title)).toEqual(['A', 'B']);
		expect(t.sections[0]?.blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph']);
		expect(t.back.map((b) => b.kind)).toEqual(['heading', 'heading', 'rule']);
	});

	it('uses the file name as title and keeps list items and images as their own blocks', () => {
		const t = parseMarkdownTimeline(
			'00:00 A\n00:10 B\n\n## A\n\n- one\n- two\n  continued\n\n![pic](a.png)\n\n## B\n\nb',
			'my talk.txt'
		);
		expect(t.title).toBe('my talk');
		expect(t.sections[0]?.blocks.map((b) => [b.kind, b.text])).toEqual([
			['list', 'one'],
			['list', 'two continued'],
			['image', 'pic']
		]);
	});

	it('dedupes section ids', () => {
		const t = parseMarkdownTimeline('## Q&A\n\na\n\n## Q & A\n\nb\n\n## Q&A\n\nc');
		expect(t.sections.map((s) => s.id)).toEqual(['q-a', 'q-a-2', 'q-a-3']);
	});
});

describe('parseMarkdownTimeline: the outline before the bodies', () => {
	/** A timeline naming each heading, and `count` sections of `lines` paragraphs. */
	const long = (count: number, lines: number): string => {
		const times = Array.from(
			{ length: count },
			(_, i) => `**(${Math.floor(i / 60)}:${String(i % 60).padStart(2, '0')}:00)** Part ${i + 1}`
		);
		const bodies = Array.from(
			{ length: count },
			(_, i) =>
				`## Part ${i + 1}\n\n` +
				Array.from({ length: lines }, (_, k) => `Line ${k} of part ${i + 1}. Again.`).join('\n\n')
		);
		return `# Long\n\nIntro.\n\n${times.join('\n\n')}\n\n${bodies.join('\n\n')}\n\n# Links\n\nBye.`;
	};

	it('hears every section and entry with its anchor, the first bodies whole and the rest empty', () => {
		const heard: { outline: Transcript; bodies: number }[] = [];
		const whole = parseMarkdownTimeline(long(400, 3), 'long.md', {
			onOutline: (outline, bodies) => {
				heard.push({ outline: structuredClone(outline), bodies });
			}
		});
		expect(heard).toHaveLength(1);
		const { outline, bodies } = heard[0] as { outline: Transcript; bodies: number };
		// About a few screens' worth of bodies (each section weighs 1 + 3 paragraphs × 2 sentences).
		expect(bodies).toBeGreaterThan(50);
		expect(bodies).toBeLessThan(400);
		expect(outline.timeline).toEqual(whole.timeline);
		expect(outline.anchors).toEqual(whole.anchors);
		expect(outline.front).toEqual(whole.front);
		expect(outline.diagnostics).toEqual(whole.diagnostics);
		expect([outline.title, outline.format]).toEqual([whole.title, whole.format]);
		expect(outline.sections).toEqual(
			whole.sections.map((s, i) => (i < bodies ? s : { ...s, blocks: [] }))
		);
		// The whole is what a reading without an outline gives.
		expect(whole).toEqual(parseMarkdownTimeline(long(400, 3), 'long.md'));
		expect(whole.sections[399]?.blocks).toHaveLength(3);
	});

	it('keeps the sections it handed over as they were while the rest is read', () => {
		let outline: Transcript | null = null;
		parseMarkdownTimeline(long(300, 2), 'long.md', {
			onOutline: (o) => {
				outline = o;
			}
		});
		const sections = (outline as Transcript | null)?.sections ?? [];
		expect(sections).toHaveLength(300);
		expect(sections[299]?.blocks).toEqual([]);
	});

	it('is not told when the alignment needs the bodies (titles reworded, or no timeline)', () => {
		const onOutline = (): void => {
			throw new Error('no outline expected');
		};
		const reworded = long(50, 1).replace('## Part 7\n', '## The seventh part\n');
		expect(parseMarkdownTimeline(reworded, 'a.md', { onOutline }).sections).toHaveLength(50);
		expect(parseMarkdownTimeline(interview, 'interview.md', { onOutline }).timeline.length).toBe(
			parseMarkdownTimeline(interview, 'interview.md').timeline.length
		);
		expect(
			parseMarkdownTimeline('## A\n\na\n\n## B\n\nb', 'x.md', { onOutline }).sections
		).toHaveLength(2);
	});

	it('read asynchronously, waits after the outline until told to go on', async () => {
		let release = (): void => undefined;
		let heard = 0;
		const reading = readMarkdownTimeline(long(300, 2), 'long.md', (outline, bodies) => {
			heard = bodies;
			expect(outline.sections).toHaveLength(300);
			return new Promise<void>((resolve) => (release = resolve));
		});
		let done = false;
		void reading.then(() => (done = true));
		await new Promise((resolve) => setTimeout(resolve, 20));
		expect(heard).toBeGreaterThan(0);
		expect(done).toBe(false);
		release();
		const whole = await reading;
		expect(whole).toEqual(parseMarkdownTimeline(long(300, 2), 'long.md'));
	});
});
