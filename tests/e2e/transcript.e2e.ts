/** The bundled transcript as the page shows it, and opening one's own transcript file. */
import { expect, test } from '@playwright/test';
import {
	gotoApp,
	heading,
	interviewTitle,
	section,
	timeline,
	timelineEntry,
	transcript
} from './app';
import { makeTranscript } from './media';

/** The interview's `## ` headings, in order (the text after `## `, trimmed). */
const interviewHeadings = [
	'简介',
	'领导OpenAI的个人影响',
	'多模态人工智能的面纱',
	'令人惊讶的多模态人工智能用例和好处',
	'幕后:实现多模态人工智能',
	'展望人工智能在沟通和创造力方面的未来',
	'人工智能的商业化:货币化、开源和未来方向',
	'人工智能在塑造未来工作和体验方面的作用',
	'揭秘AGI:通往先进人工智能的持续之路',
	'探索科学和技术进步的步伐',
	'人工智能中可解释性的重要性',
	'探索人工智能伦理和监管',
	'人工智能及其未来的安全范式',
	'个人思考和人工智能对社会的影响',
	'应对个人和职业挑战',
	'人工智能在创意和个人身份中的作用',
	'教育体系在人工智能时代的适应',
	'思考拥有先进人工智能的未来'
];

/** A small transcript of our own. */
const talk = makeTranscript(
	[
		{ time: 0, title: 'Opening words' },
		{ time: 30, title: 'Questions', heading: 'Questions from the floor' },
		{ time: 75, title: 'Closing' }
	],
	{ title: 'A generated talk' }
);

test.beforeEach(async ({ page }) => {
	await gotoApp(page);
});

test('shows the bundled interview: title, 19 timeline entries, 18 sections', async ({ page }) => {
	await expect(page.getByRole('heading', { level: 1, name: interviewTitle })).toBeVisible();

	const entries = timeline(page).getByRole('listitem');
	await expect(entries).toHaveCount(19);
	await expect(timeline(page).getByRole('button')).toHaveCount(19);
	const first = timeline(page).getByRole('button').first();
	await expect(first.locator('time')).toHaveText('00:00');
	await expect(first).toContainText('简介');
	const last = timeline(page).getByRole('button').last();
	await expect(last.locator('time')).toHaveText('44:30');
	await expect(last).toContainText('用先进的人工智能思考未来');
	await expect(timelineEntry(page, '25:11')).toContainText('探讨人工智能道德与监管');

	const names = (await transcript(page).getByRole('heading', { level: 2 }).allTextContents()).map(
		(t) => t.trim()
	);
	expect(names.filter((n) => interviewHeadings.includes(n))).toEqual(interviewHeadings);
	for (const name of interviewHeadings) await expect(section(page, name)).toHaveCount(1);
});

test('the page as served holds the text: without JavaScript every section and sentence is there', async ({
	browser
}) => {
	// What the first paint shows before the scripts run, and all a reader without them gets.
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1, name: interviewTitle })).toBeVisible();
	await expect(transcript(page).locator('section:has(h2)')).toHaveCount(interviewHeadings.length);
	await expect(section(page, '探索人工智能伦理和监管')).toContainText('监管');
	expect(await transcript(page).locator('.sentence').count()).toBeGreaterThan(200);
	await context.close();
});

test('front and back matter are not timed sections', async ({ page }) => {
	// "# 往期回顾" (related posts) and the promo lines after it belong to no timeline entry.
	await expect(transcript(page).locator('section', { hasText: '往期回顾' })).toHaveCount(0);
	await expect(transcript(page).locator('section', { hasText: 'Milo-1101' })).toHaveCount(0);
	// The article's preamble before "## 简介" is not part of the first section either.
	await expect(section(page, '简介')).not.toContainText('整理出了一万多字');
	await expect(transcript(page).locator('section:has(h2)')).toHaveCount(interviewHeadings.length);
});

test('opening a transcript file replaces the interview', async ({ page }) => {
	await page
		.getByLabel('Transcript file')
		.setInputFiles({ name: 'talk.md', mimeType: 'text/markdown', buffer: Buffer.from(talk) });

	await expect(page.getByRole('heading', { level: 1, name: 'A generated talk' })).toBeVisible();
	await expect(page.getByRole('heading', { level: 1, name: interviewTitle })).toHaveCount(0);
	const buttons = timeline(page).getByRole('button');
	await expect(buttons).toHaveCount(3);
	await expect(buttons.locator('time')).toHaveText(['00:00', '00:30', '01:15']);
	await expect(buttons.nth(1)).toContainText('Questions');
	await expect(heading(page, 'Questions from the floor')).toBeVisible();
	await expect(section(page, 'Closing')).toContainText('starts at 01:15');
	await expect(heading(page, '简介')).toHaveCount(0);
});

test('dropping a transcript file anywhere opens it', async ({ page }) => {
	const dataTransfer = await page.evaluateHandle(
		(text) => {
			const dt = new DataTransfer();
			dt.items.add(new File([text], 'dropped.md', { type: 'text/markdown' }));
			return dt;
		},
		talk.replace('# A generated talk', '# A dropped talk')
	);
	const target = heading(page, '探索人工智能伦理和监管');
	await target.dispatchEvent('dragenter', { dataTransfer });
	await target.dispatchEvent('dragover', { dataTransfer });
	await target.dispatchEvent('drop', { dataTransfer });

	await expect(page.getByRole('heading', { level: 1, name: 'A dropped talk' })).toBeVisible();
	await expect(timeline(page).getByRole('button')).toHaveCount(3);
});
