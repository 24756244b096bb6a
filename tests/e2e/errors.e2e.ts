/** Bad files are reported in an alert and leave the page working. */
import { expect, test } from '@playwright/test';
import {
	expectPlayingOnFrom,
	expectSpoken,
	expectTime,
	gotoApp,
	heading,
	interviewTitle,
	openMedia,
	section,
	timeline
} from './app';
import { interviewDuration, interviewWav, makeBinary } from './media';

test.beforeEach(async ({ page }) => {
	await gotoApp(page);
});

test('a binary file as transcript: alert, and the interview stays', async ({ page }) => {
	await page
		.getByLabel('Transcript file')
		.setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: makeBinary() });
	const alert = page.getByRole('alert').filter({ hasText: /\S/ });
	await expect(alert).toBeVisible();
	await expect(alert).not.toContainText(/undefined|null|\[object/i);
	await expect(page.getByRole('heading', { level: 1, name: interviewTitle })).toBeVisible();
	await expect(timeline(page).getByRole('button')).toHaveCount(19);
});

for (const file of [
	{ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('Not a recording.\n') },
	{ name: 'broken.mp3', mimeType: 'audio/mpeg', buffer: makeBinary(20_000) }
]) {
	test(`${file.name} as media: alert, and a good file still plays`, async ({ page }) => {
		await page.getByLabel('Media file').setInputFiles(file);
		const alert = page.getByRole('alert').filter({ hasText: /\S/ });
		await expect(alert).toBeVisible();
		await expect(alert).not.toContainText(/undefined|null|\[object/i);

		await openMedia(page, interviewWav(), interviewDuration);
		await heading(page, '探索人工智能伦理和监管').click();
		await expectTime(page, 1511);
		await expectSpoken(page, section(page, '探索人工智能伦理和监管'), '25:11');
		await page.getByRole('button', { name: 'Play' }).click();
		await expectPlayingOnFrom(page, 1511);
	});
}

test('opening one recording after another breaks no rule of the page’s security policy', async ({
	page
}) => {
	// howler points a media element it lets go of at a silent data: WAV (so the old file stops
	// loading); the policy allows that rather than logging a violation each time a file is replaced.
	const violations: string[] = [];
	page.on('console', (m) => {
		if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
	});
	await openMedia(page, interviewWav(), interviewDuration);
	await page
		.getByLabel('Media file')
		.setInputFiles({ name: 'broken.mp3', mimeType: 'audio/mpeg', buffer: makeBinary(20_000) });
	await expect(page.getByRole('alert').filter({ hasText: /\S/ })).toBeVisible();
	await openMedia(page, interviewWav(), interviewDuration);
	await page.getByRole('button', { name: 'Play' }).click();
	await expectPlayingOnFrom(page, 0);
	expect(violations).toEqual([]);
});
