/** Seeking by heading, timeline entry, seek bar and keyboard, on the interview with a stand-in WAV. */
import { expect, test, type Page } from '@playwright/test';
import {
	currentTime,
	expectSpoken,
	expectTime,
	gotoApp,
	heading,
	openMedia,
	paragraph,
	section,
	seekBar,
	timelineEntry
} from './app';
import { interviewDuration, interviewWav } from './media';

const ethics = '探索人工智能伦理和监管'; // 25:11 = 1511 s

test.beforeEach(async ({ page }) => {
	await gotoApp(page);
	await openMedia(page, interviewWav(), interviewDuration);
});

test('clicking a heading while paused seeks to its time and stays paused', async ({ page }) => {
	await heading(page, ethics).click();
	await expectTime(page, 1511);
	await expectSpoken(page, section(page, ethics), '25:11');
	await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
	await page.waitForTimeout(500);
	expect(await currentTime(page)).toBeCloseTo(1511, 1);
});

test('a timeline entry without a heading of its own marks its paragraph', async ({ page }) => {
	await timelineEntry(page, '29:11').click();
	await expectTime(page, 1751);
	await expectSpoken(page, paragraph(page, '我作为一位播客的好友'), '29:11');
	await expect(section(page, '个人思考和人工智能对社会的影响')).not.toHaveAttribute(
		'aria-current',
		'true'
	);
});

test('every timeline entry seeks to its own time', async ({ page }) => {
	for (const [label, seconds] of [
		['00:50', 50],
		['24:04', 1444],
		['24:18', 1458],
		['44:30', 2670],
		['00:00', 0]
	] as const) {
		await timelineEntry(page, label).click();
		await expectTime(page, seconds);
	}
});

test('the seek bar moves the position and the highlight', async ({ page }) => {
	await seekBar(page).fill('1650');
	await expectTime(page, 1650, 0.5);
	await expectSpoken(page, section(page, '人工智能及其未来的安全范式'), '27:26');
});

/** The text of the `<h2>` that holds keyboard focus, if any. */
function focusedHeading(page: Page): Promise<string | null> {
	return page.evaluate(() => document.activeElement?.closest('h2')?.textContent?.trim() ?? null);
}

test('Tab reaches a heading and Enter seeks to it', async ({ page }) => {
	// Start from the heading before, focused without activating it.
	await heading(page, '人工智能中可解释性的重要性').evaluate((h2) => {
		const target = h2.matches('[tabindex], button, a[href]')
			? h2
			: h2.querySelector<HTMLElement>('[tabindex], button, a[href]');
		(target as HTMLElement | null)?.focus();
	});
	expect(await focusedHeading(page)).toBe('人工智能中可解释性的重要性');
	await expectTime(page, 0);

	for (let i = 0; i < 60 && (await focusedHeading(page)) !== ethics; i++) {
		await page.keyboard.press('Tab');
	}
	expect(await focusedHeading(page)).toBe(ethics);
	await page.keyboard.press('Enter');
	await expectTime(page, 1511);
	await expectSpoken(page, section(page, ethics), '25:11');
});

test('the timeline scrolls within its panel to keep the current entry in view', async ({
	page
}) => {
	// The side panel is shorter than the interview's 19 entries: the last ones start out of its view.
	const last = timelineEntry(page, '44:30');
	await expect(last).not.toBeInViewport();
	await seekBar(page).fill('2680');
	await expect(last).toHaveAttribute('aria-current', 'true');
	await expect(last).toBeInViewport();
	// The reader wheels the panel back up: following pauses; "Back to current" shows the entry again.
	const box = (await last.boundingBox())!;
	await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
	await page.mouse.wheel(0, -3000);
	await expect(last).not.toBeInViewport();
	await page.getByRole('button', { name: /^Back to current/ }).click();
	await expect(last).toBeInViewport();
	await seekBar(page).fill('10');
	await expect(timelineEntry(page, '00:00')).toHaveAttribute('aria-current', 'true');
	await expect(timelineEntry(page, '00:00')).toBeInViewport();
});
