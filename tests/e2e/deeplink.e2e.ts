/** `?t=` deep links: the position is there once the media is open. */
import { expect, test } from '@playwright/test';
import { expectPlayingOnFrom, expectSpoken, expectTime, gotoApp, openMedia, section } from './app';
import { interviewDuration, interviewWav } from './media';

for (const t of ['25:11', '1511', '25m11s']) {
	test(`/?t=${t} starts at 25:11`, async ({ page }) => {
		await gotoApp(page, `/?t=${t}`);
		await openMedia(page, interviewWav(), interviewDuration);
		await expectTime(page, 1511);
		await expectSpoken(page, section(page, '探索人工智能伦理和监管'), '25:11');
		await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
	});
}

test('a deep link then plays on from there', async ({ page }) => {
	await gotoApp(page, '/?t=1511');
	await openMedia(page, interviewWav(), interviewDuration);
	await expectTime(page, 1511);
	await page.getByRole('button', { name: 'Play' }).click();
	await expectPlayingOnFrom(page, 1511);
});
