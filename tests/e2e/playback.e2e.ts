/** The highlight follows real-time playback of generated media, audio and video. */
import { expect, test, type Page } from '@playwright/test';
import { currentTime, gotoApp, openMedia, openTranscript, section, timelineEntry } from './app';
import {
	fixtureFile,
	interviewDuration,
	interviewWav,
	makeTranscript,
	makeWav,
	recordWebm
} from './media';

/** Three parts, two seconds apart: short enough to play through in a test. */
const parts = [
	{ time: 0, title: 'First part' },
	{ time: 2, title: 'Second part' },
	{ time: 4, title: 'Third part' }
];
const partsFile = {
	name: 'parts.md',
	mimeType: 'text/markdown',
	buffer: Buffer.from(makeTranscript(parts, { title: 'Three parts' }))
};

/** Opens the three-part transcript. */
async function openParts(page: Page): Promise<void> {
	await openTranscript(page, partsFile);
	await expect(page.getByRole('heading', { level: 1, name: 'Three parts' })).toBeVisible();
}

/** A section that became current, and the position the page showed in that same update. */
interface Spoken {
	title: string;
	at: string | null;
}

/**
 * Records, in the page, every section that becomes current and the "Current time" shown with it, so
 * a slow machine cannot make the test miss a two-second window between two polls.
 */
async function recordSpoken(page: Page): Promise<void> {
	await page.evaluate(() => {
		const w = window as unknown as { __spoken: Spoken[] };
		w.__spoken = [];
		const article = document.querySelector('article[aria-label="Transcript"]');
		if (!article) throw new Error('no transcript');
		new MutationObserver((records) => {
			for (const r of records) {
				const el = r.target as Element;
				if (el.tagName !== 'SECTION' || el.getAttribute('aria-current') !== 'true') continue;
				const now = document.querySelector('time[aria-label="Current time"]');
				w.__spoken.push({
					title: el.querySelector('h2')?.textContent?.trim() ?? '',
					at: now?.getAttribute('datetime') ?? null
				});
			}
		}).observe(article, { attributes: true, subtree: true, attributeFilter: ['aria-current'] });
	});
}

/** Seconds of an ISO 8601 duration such as PT4.02S. */
function isoSeconds(iso: string | null): number {
	const m = /^PT(?:(\d+)H)?(?:(\d+)M)?(?:([\d.]+)S)?$/.exec(iso ?? '');
	if (!m) return Number.NaN;
	return Number(m[1] ?? 0) * 3600 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0);
}

/** Plays and checks the highlight reaches the 2nd then the 3rd part, each as playback crosses its time. */
async function playThroughParts(page: Page): Promise<void> {
	await recordSpoken(page);
	// Taken before the click: on a loaded machine the Pause button can show a while after playing began.
	const started = Date.now();
	await page.getByRole('button', { name: 'Play' }).click();
	await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
	const spoken = () =>
		page.evaluate(() => (window as unknown as { __spoken: Spoken[] }).__spoken.map((s) => s.title));
	await expect.poll(spoken, { timeout: 30_000 }).toContain('Third part');
	const log = await page.evaluate(() => (window as unknown as { __spoken: Spoken[] }).__spoken);
	const second = log.find((s) => s.title === 'Second part');
	const third = log.find((s) => s.title === 'Third part');
	expect(log.map((s) => s.title)).toEqual(['Second part', 'Third part']);
	// Each became current as the media crossed its start, in the same update, not before.
	expect(isoSeconds(second?.at ?? null)).toBeGreaterThanOrEqual(2);
	expect(isoSeconds(second?.at ?? null)).toBeLessThan(3.5);
	expect(isoSeconds(third?.at ?? null)).toBeGreaterThanOrEqual(4);
	expect(isoSeconds(third?.at ?? null)).toBeLessThan(5.5);
	await expect(timelineEntry(page, '00:04')).toHaveAttribute('aria-current', 'true');
	// Real time, not a jump: reaching 4 s took about 4 s.
	expect(Date.now() - started).toBeGreaterThan(3000);
}

test('the highlight moves across section boundaries while a WAV plays', async ({ page }) => {
	await gotoApp(page);
	await openParts(page);
	await openMedia(
		page,
		fixtureFile('parts-7s.wav', () => makeWav({ duration: 7, beeps: [0, 2, 4] })),
		7
	);
	await playThroughParts(page);
	// It plays to the end and stops.
	await expect(page.getByRole('button', { name: 'Play' })).toBeVisible({ timeout: 8000 });
});

test('Pause stops the clock; the playback rate speeds it up', async ({ page }) => {
	await gotoApp(page);
	await openMedia(page, interviewWav(), interviewDuration);
	await page.getByRole('button', { name: 'Play' }).click();
	await expect.poll(() => currentTime(page)).toBeGreaterThan(0.5);
	await page.getByRole('button', { name: 'Pause' }).click();
	await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
	const paused = await currentTime(page);
	await page.waitForTimeout(700);
	expect(await currentTime(page)).toBeCloseTo(paused, 2);

	await page.getByLabel('Playback rate').selectOption('2');
	await page.getByRole('button', { name: 'Play' }).click();
	const from = await currentTime(page);
	const t0 = Date.now();
	await page.waitForTimeout(2000);
	const advanced = (await currentTime(page)) - from;
	const wall = (Date.now() - t0) / 1000;
	expect(advanced).toBeGreaterThan(wall * 1.5);
	expect(advanced).toBeLessThan(wall * 2.5);
});

test('a pause asked for while playback is still starting wins', async ({ page }) => {
	await gotoApp(page);
	await openMedia(page, interviewWav(), interviewDuration);
	// Two presses of k in one task: the second arrives before the media element's play() settles.
	await page.evaluate(() => {
		for (let i = 0; i < 2; i++)
			document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'k', bubbles: true }));
	});
	await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
	const paused = await currentTime(page);
	await page.waitForTimeout(1000);
	await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
	expect(await currentTime(page)).toBeCloseTo(paused, 1);
	// And it plays again on the next press.
	await page.keyboard.press('k');
	await expect.poll(() => currentTime(page)).toBeGreaterThan(paused + 0.3);
});

test('follow mode: the current section stays in view until the reader scrolls away', async ({
	page
}) => {
	await gotoApp(page);
	await openMedia(page, interviewWav(), interviewDuration);
	const current = section(page, '人工智能在创意和个人身份中的作用'); // 40:21 … 43:09
	await timelineEntry(page, '40:21').click();
	await page.getByRole('button', { name: 'Play' }).click();
	await expect(current).toHaveAttribute('aria-current', 'true');
	await expect(current).toBeInViewport();
	const backButton = page.getByRole('button', { name: /^Back to current/ });
	await expect(backButton).toBeHidden();

	// The reader scrolls far up with the wheel, over the text.
	const box = (await current.boundingBox())!;
	const viewport = page.viewportSize()!;
	const y = Math.min(Math.max(box.y + 20, 20), viewport.height - 20);
	await page.mouse.move(box.x + box.width / 2, y);
	for (let i = 0; i < 6; i++) {
		await page.mouse.wheel(0, -4000);
		await page.waitForTimeout(100);
	}
	await expect(backButton).toBeVisible();
	await expect(backButton).toContainText(/below/i);
	await expect(current).not.toBeInViewport();
	// Still playing, and no longer pulled back on its own.
	await page.waitForTimeout(1000);
	await expect(current).not.toBeInViewport();
	await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();

	await backButton.click();
	await expect(current).toBeInViewport();
	await expect(backButton).toBeHidden();
});

test.describe('WebM files recorded in the browser', () => {
	let video: Buffer;
	let audio: Buffer;

	test.beforeAll(async ({ browser }) => {
		test.setTimeout(60_000);
		const page = await browser.newPage();
		video = await recordWebm(page, { kind: 'video', seconds: 6, sections: parts });
		audio = await recordWebm(page, { kind: 'audio', seconds: 6, sections: parts });
		await page.close();
	});

	test('a video shows beside the text and drives the highlight', async ({ page }) => {
		await gotoApp(page);
		await openParts(page);
		await openMedia(page, { name: 'parts.webm', mimeType: 'video/webm', buffer: video });
		await expect(page.locator('video')).toBeVisible();
		await expect(page.locator('video')).toBeInViewport();
		await playThroughParts(page);
		// MediaRecorder files carry no duration in their header; the app must not show that.
		await expect(page.locator('body')).not.toContainText(/Infinity|NaN/);
	});

	test('an audio-only WebM (typed video/webm) plays as audio', async ({ page }) => {
		await gotoApp(page);
		await openParts(page);
		await openMedia(page, { name: 'voice.webm', mimeType: 'video/webm', buffer: audio });
		await playThroughParts(page);
		await expect(page.locator('video:visible')).toHaveCount(0);
		await expect(page.locator('body')).not.toContainText(/Infinity|NaN/);
	});
});
