/** Every transcript format through the "Transcript file" input: timeline entries, seeking, pairing, notes, export. */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import {
	expectCurrent,
	expectTime,
	gotoApp,
	openMedia,
	openTranscript,
	timeline,
	timelineEntry,
	transcript,
	type FileArg
} from './app';
import { fixtureFile, makeWav } from './media';

const DURATION = 120;
const wav = (): string =>
	fixtureFile('formats-120s.wav', () =>
		makeWav({ duration: DURATION, beeps: [0, 10, 30, 45, 70, 95] })
	);
type Payload = Exclude<FileArg, string>;
const file = (name: string, text: string, mimeType = 'text/plain'): Payload => ({
	name,
	mimeType,
	buffer: Buffer.from(text)
});

const vtt = `WEBVTT

00:00:10.000 --> 00:00:14.000
<v Ann>Welcome to the show about small models.

00:00:14.000 --> 00:00:18.000
<v Ann>Today we talk about speed and cost.

00:00:30.000 --> 00:00:34.000
<v Ben>Training is expensive, and data is scarce.

00:00:45.000 --> 00:00:50.000
<v Ben>We have a plan for that problem.
`;

/** Each format: file, number of timeline entries, an entry's label and its time in seconds. */
const CASES: [string, Payload, number, string, number][] = [
	['WebVTT captions', file('talk.vtt', vtt, 'text/vtt'), 3, '00:30', 30],
	[
		'WebVTT chapters',
		file(
			'chapters.vtt',
			'WEBVTT\nKind: chapters\n\n00:00.000 --> 00:45.000\nOpening\n\n00:45.000 --> 01:10.000\nMiddle\n\n01:10.000 --> 02:00.000\nEnd\n'
		),
		3,
		'01:10',
		70
	],
	[
		'SRT',
		file(
			'talk.srt',
			'1\r\n00:00:10,000 --> 00:00:12,000\r\nFirst line.\r\n\r\n2\r\n00:00:45,500 --> 00:00:47,000\r\nSecond line.\r\n'
		),
		2,
		'00:45.5',
		45.5
	],
	[
		'LRC',
		file(
			'song.lrc',
			'[ti:Song]\n[00:10.00]One\n[00:12.00]Two\n[00:30.00][01:35.00]Chorus\n[00:33.00]\n[01:10.00]Bridge\n'
		),
		// A line lasts until the next one unless an empty stamped line ends it: two paragraphs.
		2,
		'01:10',
		70
	],
	[
		'Podcasting 2.0 chapters',
		file(
			'episode.json',
			JSON.stringify({
				version: '1.2.0',
				chapters: [
					{ startTime: 0, title: 'Intro' },
					{ startTime: 30, title: 'Sponsor', toc: false },
					{ startTime: 45, title: 'Interview' }
				]
			}),
			'application/json'
		),
		2,
		'00:45',
		45
	],
	[
		'Podcasting 2.0 transcript',
		file(
			'episode-transcript.json',
			JSON.stringify({
				version: '1.0.0',
				segments: [
					{ speaker: 'Ann', startTime: 10, endTime: 12, body: 'Hello.' },
					{ speaker: 'Ben', startTime: 12.5, endTime: 14, body: 'Hi Ann.' },
					{ speaker: 'Ben', startTime: 70, endTime: 72, body: 'Later on.' }
				]
			}),
			'application/json'
		),
		3,
		'01:10',
		70
	],
	[
		'YouTube chapter list',
		file('description.txt', 'My video!\n\n0:00 Intro\n0:30 - Setup\nResults 1:35\n'),
		3,
		'01:35',
		95
	]
];

test.beforeEach(async ({ page }) => {
	await gotoApp(page);
	await openMedia(page, wav(), DURATION);
});

for (const [name, input, count, label, seconds] of CASES) {
	test(`${name}: shows ${count} timeline entries and seeks to ${label}`, async ({ page }) => {
		await openTranscript(page, input);
		await expect(timeline(page).getByRole('button')).toHaveCount(count);
		await timelineEntry(page, label).click();
		await expectTime(page, seconds);
		await expectCurrent(timelineEntry(page, label), timeline(page));
		await expect(transcript(page).locator('[aria-current="true"]')).toHaveCount(1);
	});
}

test('captions: clicking a cue seeks to its exact time and marks it as spoken', async ({
	page
}) => {
	await openTranscript(page, file('talk.vtt', vtt));
	const cue = transcript(page).getByText('Today we talk about speed and cost.');
	await cue.click();
	await expectTime(page, 14);
	await expect(cue).toHaveAttribute('data-spoken', '');
	await expect(transcript(page).locator('[data-spoken]')).toHaveCount(1);
	await expect(transcript(page).getByText('Ann:').first()).toBeVisible();
});

test('an article and its captions opened together take their times from the captions', async ({
	page
}) => {
	const article =
		'# Talk\n\n## Opening words\n\nWelcome to the show about small models. Today we talk about speed and cost.\n\n## The hard part\n\nTraining is expensive, and data is scarce. We have a plan for that problem.\n';
	await page
		.getByLabel('Transcript file')
		.setInputFiles([file('talk.md', article), file('talk.vtt', vtt)]);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Talk');
	await expect(timeline(page).getByRole('button')).toHaveCount(2);
	await timelineEntry(page, '00:30').click();
	await expectTime(page, 30);
	// The second sentence starts where its caption does.
	await transcript(page).getByText('We have a plan for that problem.').click();
	await expectTime(page, 45);
});

test('captions in another language are shown beside the text as the original', async ({ page }) => {
	const zh =
		'# 访谈\n\n**(00:00)** 开场\n**(00:30)** 难点\n\n## 开场\n\n欢迎收看关于小模型的节目。\n\n## 难点\n\n训练很贵，数据稀缺。\n';
	await page.getByLabel('Transcript file').setInputFiles([file('zh.md', zh), file('en.vtt', vtt)]);
	const original = page.getByRole('complementary', { name: 'Original language' });
	await timelineEntry(page, '00:30').click();
	await expectTime(page, 30);
	await expect(original).toContainText('Training is expensive, and data is scarce.');
	await expect(original.locator('[lang="en"]')).toBeVisible();
});

test('oddities are listed in Transcript notes with their lines, and the rest loads', async ({
	page
}) => {
	await openTranscript(
		page,
		file(
			'odd.vtt',
			'WEBVTT\n\n00:01:00.000 --> 00:01:02.000\nLate\n\n00:00:10.000 --> 00:00:12.000\nEarly\n\n00:05:00.000 --> 00:05:02.000\nBeyond the end\n'
		)
	);
	await expect(timeline(page).getByRole('button')).toHaveCount(3);
	const notes = page.getByText(/^Transcript notes/);
	await notes.click();
	const list = page.getByRole('list', { name: 'Transcript notes' });
	await expect(list).toContainText('Line 6');
	await expect(list).toContainText('sorted');
	await expect(list).toContainText('after the end of the media');
	await timelineEntry(page, '05:00').click();
	await expectTime(page, DURATION, 0.5);
});

test('many notes: entries past the end make one note, and a long list shows its first part until asked', async ({
	page
}) => {
	const cue = (at: number, text: string) =>
		`00:${String(Math.floor(at / 60)).padStart(2, '0')}:${String(at % 60).padStart(2, '0')}.000 --> 00:${String(Math.floor((at + 1) / 60)).padStart(2, '0')}:${String((at + 1) % 60).padStart(2, '0')}.000\n${text}\n`;
	const repeats = Array.from({ length: 250 }, () => cue(1, 'Again and again'));
	const late = Array.from({ length: 12 }, (_, i) => cue(200 + i * 10, `Late part ${i + 1}`));
	await openTranscript(
		page,
		file('many.vtt', ['WEBVTT\n', cue(1, 'Again and again'), ...repeats, ...late].join('\n'))
	);
	const notes = page.locator('details').filter({ hasText: 'Transcript notes' });
	await expect(notes.locator('summary')).toContainText('251 warnings');
	await notes.locator('summary').click();
	const list = page.getByRole('list', { name: 'Transcript notes' });
	// 251 notes: the first 200 are listed, the rest on request.
	await expect(list.getByRole('listitem')).toHaveCount(201);
	await list.getByRole('button', { name: 'Show all 251 notes' }).click();
	await expect(list.getByRole('listitem')).toHaveCount(251);
	await expect(list.getByRole('button')).toHaveCount(0);
	// The twelve entries after the 2:00 of the media are one note that names the first of them.
	await expect(
		list.getByText(/12 timeline entries start after the end of the media \(02:00\)/)
	).toHaveCount(1);
	await expect(list).toContainText('“Late part 1” at 03:20');
	await expect(list.getByText('after the end of the media')).toHaveCount(1);
});

test('a .vtt file without the WEBVTT line is refused with its line, and the transcript stays', async ({
	page
}) => {
	await openTranscript(page, file('talk.vtt', vtt));
	await openTranscript(page, file('broken.vtt', 'Hello\n\n00:00.000 --> 00:01.000\nHi\n'));
	await expect(page.getByRole('alert')).toContainText('line 1');
	await expect(page.getByRole('alert')).toContainText('WEBVTT');
	await expect(timeline(page).getByRole('button')).toHaveCount(3);
});

test('the Export menu downloads WebVTT chapters that reopen with the same times', async ({
	page
}) => {
	await openTranscript(page, CASES[1]?.[1] ?? file('x', ''));
	const exportButton = page.getByRole('button', { name: 'Export' });
	await exportButton.focus();
	await page.keyboard.press('ArrowDown');
	const first = page.getByRole('menuitem', { name: 'WebVTT chapters (.vtt)' });
	await expect(first).toBeFocused();
	const download = page.waitForEvent('download');
	await page.keyboard.press('Enter');
	const saved = await download;
	expect(saved.suggestedFilename()).toBe('chapters.chapters.vtt');
	const text = readFileSync((await saved.path()) ?? '', 'utf8');
	expect(text).toContain('00:01:10.000 --> 00:02:00.000\nEnd');
	await openTranscript(page, file('again.vtt', text));
	await expect(timeline(page).getByRole('button')).toHaveCount(3);
	await timelineEntry(page, '00:45').click();
	await expectTime(page, 45);
});

test('a large transcript (over 2 MB) is read off the main thread and opens', async ({ page }) => {
	const sections = 150;
	const lines = ['# Big', ''];
	for (let i = 0; i < sections; i++)
		lines.push(
			`**(${String(Math.floor(i / 60)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')})** Part ${i}`
		);
	lines.push('');
	// One long sentence per section: big in bytes, small in elements.
	const para = 'lorem ipsum dolor sit amet consectetur adipiscing elit '.repeat(280);
	for (let i = 0; i < sections; i++) lines.push(`## Part ${i}`, '', para, '');
	const big = lines.join('\n');
	expect(big.length).toBeGreaterThan(2 * 1024 * 1024);
	await openTranscript(page, file('big.md', big));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Big', { timeout: 30_000 });
	await expect(timeline(page).getByRole('button')).toHaveCount(sections);
	await timelineEntry(page, '01:10').click();
	await expectTime(page, 70);
});

test('with a long timeline, the original cue stays in view while the timeline follows', async ({
	page
}) => {
	// 40 parts, 3 s apart: more entries than the side panel shows at once.
	const times = Array.from({ length: 40 }, (_, i) => i * 3);
	const clock = (s: number) =>
		`00:${String((s / 60) | 0).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
	const zh = `# 长访谈\n\n${times.map((s, i) => `**(${clock(s).slice(3)})** 第${i + 1}部分`).join('\n')}\n\n${times.map((_, i) => `## 第${i + 1}部分\n\n这是第${i + 1}部分的译文。\n`).join('\n')}`;
	const en = `WEBVTT\n\n${times.map((s, i) => `${clock(s)}.000 --> ${clock(s + 3)}.000\nThis is part ${i + 1} in English.\n`).join('\n')}`;
	await page
		.getByLabel('Transcript file')
		.setInputFiles([file('long.md', zh), file('long.vtt', en)]);
	const last = timelineEntry(page, '01:57');
	await expect(last).not.toBeInViewport();
	await timelineEntry(page, '00:00').click();
	await page.getByRole('slider', { name: 'Seek' }).fill('118');
	await expect(last).toHaveAttribute('aria-current', 'true');
	await expect(last).toBeInViewport();
	const original = page.getByRole('complementary', { name: 'Original language' });
	await expect(original).toContainText('This is part 40 in English.');
	await expect(original).toBeInViewport({ ratio: 1 });
});
