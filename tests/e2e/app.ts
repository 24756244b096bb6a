/**
 * How the specs find and drive the app: only through roles, labels and `aria-current`, the same
 * semantics a screen reader uses (see DESIGN.md, "Semantics the tests rely on").
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { parseIsoDuration } from './media';

/** The bundled interview's h1. */
export const interviewTitle =
	'视频访谈节目：OpenAI创始人Sam Altman亲述GPT-4o细节,展望科技浪潮下新生存模式!';

/** A file for `setInputFiles`: a path on disk or bytes with a name. */
export type FileArg = string | { name: string; mimeType: string; buffer: Buffer };

/** The timeline `<nav>` (in either UI language). */
export function timeline(page: Page): Locator {
	return page.getByRole('navigation', { name: /^(Timeline|时间轴)$/ });
}

/** The transcript `<article>` (in either UI language). */
export function transcript(page: Page): Locator {
	return page.getByRole('article', { name: /^(Transcript|文稿)$/ });
}

/** The timeline button whose `<time>` shows `label` (e.g. `25:11`). */
export function timelineEntry(page: Page, label: string): Locator {
	const exact = new RegExp(`^\\s*${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);
	return timeline(page)
		.getByRole('button')
		.filter({ has: page.locator('time', { hasText: exact }) });
}

/** The `<h2>` of the transcript named exactly `name`. */
export function heading(page: Page, name: string): Locator {
	return transcript(page).getByRole('heading', { level: 2, name, exact: true });
}

/** The `<section>` of the transcript headed `name`. */
export function section(page: Page, name: string): Locator {
	// `has` is matched inside each section, so it must not start from the article again.
	const h2 = page.getByRole('heading', { level: 2, name, exact: true });
	return transcript(page).locator('section').filter({ has: h2 });
}

/** The transcript paragraph containing `text`. */
export function paragraph(page: Page, text: string): Locator {
	return transcript(page).locator('p').filter({ hasText: text });
}

/** The "Current time" `<time>` element. */
export function currentTimeElement(page: Page): Locator {
	return page.locator('time[aria-label="Current time"]');
}

/** The position the app reports, in seconds (from the `datetime` of "Current time"). */
export async function currentTime(page: Page): Promise<number> {
	return parseIsoDuration(await currentTimeElement(page).getAttribute('datetime'));
}

/** Waits until the reported position is within `tolerance` seconds of `seconds`. */
export async function expectTime(
	page: Page,
	seconds: number,
	tolerance = 0.05,
	timeout?: number
): Promise<void> {
	await expect
		.poll(async () => Math.abs((await currentTime(page)) - seconds), {
			message: `current time ≈ ${seconds} s`,
			timeout
		})
		.toBeLessThanOrEqual(tolerance);
}

/** Waits until playback has carried the position from `from` on by more than half a second. */
export async function expectPlayingOnFrom(page: Page, from: number): Promise<void> {
	await expect
		.poll(() => currentTime(page), { message: `playing on from ${from} s` })
		.toBeGreaterThan(from + 0.5);
	// On from there, not jumped elsewhere (generous: a loaded machine polls slowly).
	expect(await currentTime(page)).toBeLessThan(from + 30);
}

/** The play/pause button, whichever name it has now. */
export function playButton(page: Page): Locator {
	return page.getByRole('button', { name: /^(Play|Pause)$/ });
}

/** The seek slider (in seconds). */
export function seekBar(page: Page): Locator {
	return page.getByRole('slider', { name: 'Seek' });
}

/** Opens a transcript file through the "Transcript file" input. */
export async function openTranscript(page: Page, file: FileArg): Promise<void> {
	await page.getByLabel('Transcript file').setInputFiles(file);
}

/**
 * Opens a media file through the "Media file" input and waits until the app knows it is there
 * (the Play button is enabled; with `duration`, until the seek bar spans it).
 */
export async function openMedia(page: Page, file: FileArg, duration?: number): Promise<void> {
	await page.getByLabel('Media file').setInputFiles(file);
	await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeEnabled();
	if (duration !== undefined) {
		await expect
			.poll(async () => Number(await seekBar(page).getAttribute('max')), {
				message: `seek bar spans ${duration} s`
			})
			.toBeCloseTo(duration, 1);
	}
}

/** Asserts `el` is what is being spoken and that nothing else in its region is marked. */
export async function expectCurrent(el: Locator, region: Locator): Promise<void> {
	await expect(el).toHaveAttribute('aria-current', 'true');
	await expect(region.locator('[aria-current="true"]')).toHaveCount(1);
}

/** Asserts the transcript element `el` and the timeline entry `label` are current, alone. */
export async function expectSpoken(page: Page, el: Locator, label: string): Promise<void> {
	await expectCurrent(el, transcript(page));
	await expectCurrent(timelineEntry(page, label), timeline(page));
}

/**
 * Loads a page and waits until the app is interactive: the prerendered HTML shows before Svelte
 * hydrates, and a click or file chosen before then would be lost.
 */
export async function gotoApp(page: Page, url = '/'): Promise<void> {
	await page.goto(url);
	// The app marks its root once hydrated (onMount ran).
	await expect(page.locator('[data-ready]')).toBeAttached({ timeout: 30_000 });
	await expect(transcript(page)).toBeVisible();
	await expect(page.getByLabel('Media file')).toBeAttached();
}

/**
 * Times (in seconds of a `seconds`-long recording) of the waveform's loud pixel columns — drawn taller
 * than 40 % of their canvas — read from every canvas of the drawing, at any zoom.
 */
export async function waveformLoudTimes(page: Page, seconds: number): Promise<number[]> {
	return page.evaluate((seconds) => {
		const root = document.querySelector('[data-peaks]')?.querySelector('div')?.shadowRoot;
		const canvases = [...(root?.querySelectorAll<HTMLCanvasElement>('.canvases canvas') ?? [])];
		// Each canvas' place and width in CSS pixels; together they span the whole recording.
		const place = (c: HTMLCanvasElement) => ({
			left: parseFloat(c.style.left) || 0,
			width: parseFloat(c.style.width) || c.clientWidth || c.width
		});
		const total = Math.max(0, ...canvases.map((c) => place(c).left + place(c).width));
		const times: number[] = [];
		for (const c of canvases) {
			const data = c.getContext('2d')?.getImageData(0, 0, c.width, c.height).data;
			if (!data || !(total > 0)) continue;
			const { left, width } = place(c);
			const scale = c.width / width;
			for (let x = 0; x < c.width; x++) {
				let tall = 0;
				for (let y = 0; y < c.height; y++) if (data[(y * c.width + x) * 4 + 3]! > 0) tall++;
				if (tall > c.height * 0.4) times.push(((left + x / scale) / total) * seconds);
			}
		}
		return times;
	}, seconds);
}
