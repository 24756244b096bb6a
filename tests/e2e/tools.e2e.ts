/** The study and navigation tools: search, loops, pause at section end, terms, shortcuts, resume, deep links. */
import { expect, test, type Page } from '@playwright/test';
import {
	currentTime,
	expectTime,
	gotoApp,
	interviewTitle,
	openMedia,
	openTranscript,
	playButton,
	seekBar,
	transcript
} from './app';
import { fixtureFile, interviewDuration, interviewWav, makeTranscript, makeWav } from './media';

const DURATION = 40;
const entries = [
	{ time: 0, title: 'Opening', body: 'Hello and welcome to the programme today.' },
	{ time: 10, title: 'Regulation', body: '我们今天讨论人工智能的监管问题，以及它的影响。' },
	{
		time: 20,
		title: 'Models',
		body: 'Omni(全方位)是一个新模型。Logan Bartlett 问了很多问题，我们一一回答了他的问题。'
	},
	{ time: 30, title: 'Closing', body: 'Thank you for listening, and goodbye.' }
];
const doc = {
	name: 'tools.md',
	mimeType: 'text/markdown',
	buffer: Buffer.from(makeTranscript(entries, { title: 'Tools test' }))
};
const wav = () =>
	fixtureFile('tools-40s.wav', () => makeWav({ duration: DURATION, beeps: [0, 10, 20, 30] }));

async function setup(page: Page, url = '/'): Promise<void> {
	await gotoApp(page, url);
	await openTranscript(page, doc);
	await expect(page.getByRole('heading', { level: 1, name: 'Tools test' })).toBeVisible();
	await openMedia(page, wav(), DURATION);
}

/** Takes the focus off any control, as when the reader clicks on empty page. */
async function blur(page: Page): Promise<void> {
	await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
}

/** Samples the reported position every 50 ms for `ms` (a fixed window of observation, not a timing assertion). */
async function sample(page: Page, ms: number): Promise<number[]> {
	return page.evaluate(async (ms) => {
		const out: number[] = [];
		const el = document.querySelector('time[aria-label="Current time"]');
		const parse = (s: string | null) => {
			const m = /^PT(?:(\d+)H)?(?:(\d+)M)?(?:([\d.]+)S)?$/.exec(s ?? '');
			return m ? Number(m[1] ?? 0) * 3600 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0) : NaN;
		};
		const end = performance.now() + ms;
		while (performance.now() < end) {
			out.push(parse(el?.getAttribute('datetime') ?? null));
			await new Promise((r) => setTimeout(r, 50));
		}
		return out;
	}, ms);
}

/**
 * Polls until the loop has jumped back at least twice, and checks every position seen lies in [lo, hi].
 * Two jumps take two lengths of the loop in real playback: a 10 s loop leaves a 30 s wait little slack
 * on a loaded machine, so the wait grows with the loop.
 */
async function expectLooping(page: Page, lo: number, hi: number): Promise<void> {
	const seen: number[] = [];
	let wraps = 0;
	await expect
		.poll(
			async () => {
				const s = await sample(page, 800);
				for (const t of s) {
					const prev = seen.at(-1);
					if (prev !== undefined && t < prev - 0.3) wraps++;
					seen.push(t);
				}
				return wraps;
			},
			{
				message: 'the loop jumps back',
				timeout: Math.max(30_000, (hi - lo) * 2_000 + 20_000),
				intervals: [0]
			}
		)
		.toBeGreaterThanOrEqual(2);
	expect(Math.min(...seen)).toBeGreaterThanOrEqual(lo);
	expect(Math.max(...seen)).toBeLessThanOrEqual(hi);
}

test('a search result (found by pinyin) seeks there and plays; Enter plays the first', async ({
	page
}) => {
	await setup(page);
	const search = page.getByRole('searchbox', { name: 'Search' });
	await search.fill('jianguan');
	const results = page.getByRole('list', { name: 'Search results' });
	await expect(results.getByRole('button')).toHaveCount(1);
	await expect(results.locator('mark')).toHaveText('监管');
	await expect(results.getByRole('button')).toContainText('Regulation');
	await results.getByRole('button').click();
	await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
	const t = await currentTime(page);
	expect(t).toBeGreaterThanOrEqual(10);
	expect(t).toBeLessThan(20);
	await playButton(page).click();
	await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();

	await search.fill('OMNI');
	await search.press('Enter');
	await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
	await expect.poll(() => currentTime(page)).toBeGreaterThanOrEqual(20);
	expect(await currentTime(page)).toBeLessThan(30);
});

test('an A–B loop set with the keys repeats between A and B', async ({ page }) => {
	await setup(page);
	await blur(page);
	await page.keyboard.press('ArrowRight');
	await expectTime(page, 5);
	await page.keyboard.press('a');
	await expect(page.getByText(/A at 00:05/)).toBeVisible();
	await page.keyboard.press('k');
	await expect.poll(() => currentTime(page)).toBeGreaterThan(6.2);
	await page.keyboard.press('b');
	const status = page.getByRole('status').filter({ hasText: 'A–B loop' });
	await expect(status).toBeVisible();
	const b = Number(/–00:(\d\d(?:\.\d+)?)/.exec((await status.textContent()) ?? '')?.[1]);
	expect(b).toBeGreaterThan(6.2);
	await expectLooping(page, 4.95, b + 0.4);
	// How far past B the media had run when the clock jumped back (reported, not asserted: load varies).
	const overshoot = await status.getAttribute('data-overshoot');
	test.info().annotations.push({ type: 'loop overshoot (s)', description: String(overshoot) });
	console.log(`loop overshoot past B: ${overshoot} s`);
	await page.getByRole('button', { name: 'Stop loop' }).click();
	await expect.poll(() => currentTime(page), { timeout: 15_000 }).toBeGreaterThan(b + 1);
});

test('pause at the end of each section stops at the boundary', async ({ page }) => {
	await setup(page);
	await page.getByLabel('Pause at end of').selectOption('section');
	await seekBar(page).fill('18.6');
	await expectTime(page, 18.6);
	await page.getByRole('button', { name: 'Play' }).click();
	await expect(page.getByRole('button', { name: 'Play' })).toBeVisible({ timeout: 15_000 });
	await expectTime(page, 20, 0.05);
	// Going on plays past the boundary, to stop at the next one.
	await page.getByRole('button', { name: 'Play' }).click();
	await expect.poll(() => currentTime(page)).toBeGreaterThan(20.3);
});

test('a term in the Terms panel loops its moment at the study rate', async ({ page }) => {
	await setup(page);
	const terms = page.getByRole('region', { name: 'Terms' });
	await expect(terms.getByRole('button', { name: /Logan Bartlett/ })).toBeVisible();
	await terms.getByRole('button', { name: /Omni\s*全方位/ }).click();
	await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
	await expect(page.getByLabel('Playback rate')).toHaveValue('0.75');
	await expectLooping(page, 19.5, 25);
	await page.getByRole('button', { name: 'Stop loop' }).click();
	await expect(page.getByLabel('Playback rate')).toHaveValue('1');
});

test('a term lists where it occurs once asked; each place loops its own moment', async ({
	page
}) => {
	await gotoApp(page);
	const again = [
		...entries.slice(0, 3),
		{
			time: 30,
			title: 'Again',
			body: '最后我们再谈 Omni 模型，它很快。谢谢大家收听，我们下次再见。'
		}
	];
	await openTranscript(page, {
		name: 'again.md',
		mimeType: 'text/markdown',
		buffer: Buffer.from(makeTranscript(again, { title: 'Again test' }))
	});
	await openMedia(page, wav(), DURATION);
	const terms = page.getByRole('region', { name: 'Terms' });
	const places = terms.getByRole('button', { name: /^Omni at / });
	// Built when opened: a closed list has no buttons at all.
	await expect(places).toHaveCount(0);
	await terms
		.locator('details')
		.filter({ hasText: 'Where “Omni” occurs' })
		.locator('summary')
		.click();
	await expect(places.first()).toBeVisible();
	expect(await places.count()).toBeGreaterThanOrEqual(2);
	const last = places.last();
	await expect(last).toHaveText(/^00:3\d/);
	await last.click();
	await expect(page.getByLabel('Playback rate')).toHaveValue('0.75');
	// The sentence of the last section that says it (from 30 s, not to the end), not the first place.
	await expectLooping(page, 29.9, 39);
});

test('a loop that runs to the end of the file goes on looping when the file ends', async ({
	page
}) => {
	await setup(page);
	await page.getByRole('heading', { level: 2, name: 'Closing' }).getByRole('button').click();
	await expectTime(page, 30, 0.05);
	await page.getByRole('button', { name: 'Loop section' }).click();
	await page.getByRole('button', { name: 'Play' }).click();
	// 30–40 s is the last section: the media ends where the loop does.
	await expectLooping(page, 29.9, DURATION);
	await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
});

test('with original-language captions open, a term loops the cue that says it', async ({
	page
}) => {
	await gotoApp(page);
	const zh =
		'# 访谈\n\n**(00:00)** 开场\n**(00:30)** 模型\n\n## 开场\n\n欢迎收看节目。\n\n## 模型\n\n训练很贵，数据稀缺。我们发布了 Omni(全方位) 模型，它很快，也很便宜，大家都可以用。\n';
	const vtt = [
		'WEBVTT',
		'',
		'00:00:00.000 --> 00:00:05.000',
		'Welcome to the show.',
		'',
		'00:00:30.000 --> 00:00:34.000',
		'Training is expensive, and data is scarce.',
		'',
		'00:00:41.000 --> 00:00:44.500',
		'We released the Omni model, and it is fast.',
		''
	].join('\n');
	await page.getByLabel('Transcript file').setInputFiles([
		{ name: 'zh.md', mimeType: 'text/markdown', buffer: Buffer.from(zh) },
		{ name: 'en.vtt', mimeType: 'text/vtt', buffer: Buffer.from(vtt) }
	]);
	await expect(page.getByRole('complementary', { name: 'Original language' })).toBeAttached();
	await openMedia(
		page,
		fixtureFile('tools-60s.wav', () => makeWav({ duration: 60, beeps: [0, 30, 41] })),
		60
	);
	const terms = page.getByRole('region', { name: 'Terms' });
	await terms.getByRole('button', { name: /Omni\s*全方位/ }).click();
	// The exact cue (41–44.5 s), not the sentence's estimated time.
	await expect(
		page.getByRole('status').filter({ hasText: '“Omni” loop 00:41–00:44.5' })
	).toBeVisible();
	await expectLooping(page, 40.9, 44.6);
});

test('Shift+drag on the seek bar sets an A–B loop; a plain drag still seeks', async ({ page }) => {
	await setup(page);
	const bar = seekBar(page);
	const box = (await bar.boundingBox())!;
	// The slider's track is inset by half its thumb (8 px) on each side.
	const x = (t: number) => box.x + 8 + ((box.width - 16) * t) / DURATION;
	const y = box.y + box.height / 2;
	await page.mouse.move(x(10), y);
	await page.keyboard.down('Shift');
	await page.mouse.down();
	await page.mouse.move(x(12), y, { steps: 5 });
	await page.mouse.move(x(14), y, { steps: 5 });
	await page.mouse.up();
	await page.keyboard.up('Shift');
	const status = page.getByRole('status').filter({ hasText: 'A–B loop' });
	await expect(status).toBeVisible();
	const [a, b] = [...((await status.textContent()) ?? '').matchAll(/00:(\d\d(?:\.\d+)?)/g)].map(
		(m) => Number(m[1])
	);
	expect(a).toBeGreaterThan(9);
	expect(a).toBeLessThan(11);
	expect(b).toBeGreaterThan(13);
	expect(b).toBeLessThan(15);
	// The loop starts at A; the band shows the range.
	await expectTime(page, a!, 0.6);
	await expect(page.locator('.band')).toBeVisible();
	await page.getByRole('button', { name: 'Play' }).click();
	// The status shows tenths of a second.
	await expectLooping(page, a! - 0.1, b! + 0.4);
	await page.getByRole('button', { name: 'Pause' }).click();
	await page.getByRole('button', { name: 'Stop loop' }).click();
	await expect(page.locator('.band')).toHaveCount(0);
	// Without Shift, pressing the bar seeks as before and sets no loop.
	await page.mouse.click(x(30), y);
	await expect.poll(() => currentTime(page)).toBeGreaterThan(28);
	await expect(status).toHaveCount(0);
});

test('the shortcuts work, and stay silent in a text field', async ({ page }) => {
	await setup(page);
	await blur(page);
	await page.keyboard.press('l');
	await expectTime(page, 10);
	await page.keyboard.press('j');
	await expectTime(page, 0);
	await page.keyboard.press('ArrowRight');
	await expectTime(page, 5);
	await page.keyboard.press('ArrowLeft');
	await expectTime(page, 0);
	await page.keyboard.press('ArrowDown');
	await expectTime(page, 10);
	await page.keyboard.press('ArrowDown');
	await expectTime(page, 20);
	await page.keyboard.press('ArrowUp');
	await expectTime(page, 10);
	await page.keyboard.press('.');
	await expectTime(page, 20);
	await page.keyboard.press(',');
	await expectTime(page, 10);
	await page.keyboard.press(']');
	await expect(page.getByLabel('Playback rate')).toHaveValue('1.05');
	await page.keyboard.press('[');
	await page.keyboard.press('[');
	await expect(page.getByLabel('Playback rate')).toHaveValue('0.95');

	await page.keyboard.press('?');
	const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
	await expect(dialog).toBeVisible();
	await expect(dialog).toContainText('Previous sentence');
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();

	await page.keyboard.press('/');
	const search = page.getByRole('searchbox', { name: 'Search' });
	await expect(search).toBeFocused();
	await page.keyboard.type('lj k.');
	await expect(search).toHaveValue('lj k.');
	await expectTime(page, 10);
	await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();

	// Space on a focused button presses the button (once), it does not also toggle playback.
	await page.getByRole('button', { name: 'Play' }).focus();
	await page.keyboard.press(' ');
	await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
	await blur(page);
	await page.keyboard.press('k');
	await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
	await page.keyboard.press('Control+l');
	expect(await currentTime(page)).toBeLessThan(15);
});

/** The position stored for the last pair, read straight from IndexedDB. */
/** The place saved last (for a reload), read straight from IndexedDB, or null. */
async function savedPlace(page: Page): Promise<Record<string, unknown> | null> {
	return page.evaluate(
		() =>
			new Promise<Record<string, unknown> | null>((resolve) => {
				const r = indexedDB.open('tandem-places');
				r.onsuccess = () => {
					const db = r.result;
					if (!db.objectStoreNames.contains('meta')) return resolve(null);
					const tx = db.transaction(['meta', 'places']);
					const last = tx.objectStore('meta').get('last');
					last.onsuccess = () => {
						if (!last.result) return resolve(null);
						const p = tx.objectStore('places').get(last.result);
						p.onsuccess = () => resolve((p.result as Record<string, unknown>) ?? null);
					};
				};
				r.onerror = () => resolve(null);
			})
	);
}

/** The position saved last, or null. */
async function savedPosition(page: Page): Promise<number | null> {
	return ((await savedPlace(page))?.position as number | undefined) ?? null;
}

test('a reload restores the transcript, position and rate; reopening offers Resume', async ({
	page
}) => {
	await setup(page);
	await page.getByLabel('Playback rate').selectOption('1.25');
	await seekBar(page).fill('23.4');
	await expectTime(page, 23.4);
	await page.getByRole('button', { name: 'Loop section' }).click();
	const loop = page.getByRole('status').filter({ hasText: 'Section loop 00:20–00:30' });
	await expect(loop).toBeVisible();
	await expect.poll(() => savedPosition(page)).toBeCloseTo(23.4, 1);

	await page.reload();
	await expect(page.locator('[data-ready]')).toBeAttached();
	await expect(page.getByRole('heading', { level: 1, name: 'Tools test' })).toBeVisible();
	await expectTime(page, 23.4);
	await expect(page.getByLabel('Playback rate')).toHaveValue('1.25');
	// (Loops and saved loops coming back after a reload: the saved-loops test below.)
	await openMedia(page, wav(), DURATION);
	await expectTime(page, 23.4);
	// The seek bar shows it too (its value came before its maximum, the duration, and was clamped).
	await expect.poll(async () => Number(await seekBar(page).inputValue())).toBeCloseTo(23.4, 1);

	// A deep link starts elsewhere; opening the same pair then offers to resume.
	await gotoApp(page, '/?t=2');
	await openMedia(page, wav(), DURATION);
	await expectTime(page, 2);
	const resume = page.getByRole('button', { name: 'Resume at 00:23' });
	await expect(resume).toBeVisible();
	await resume.click();
	await expectTime(page, 23.4);
	await page.getByText(/^Recent/).click();
	await expect(page.getByRole('list', { name: 'Recent' })).toContainText('Tools test');
});

test('a reload shows the reader’s own transcript without the bundled one first; with nothing to reopen, the bundled one at once', async ({
	page
}) => {
	await setup(page);
	await expect.poll(async () => (await savedPlace(page))?.title).toBe('Tools test');
	// Every frame from the first: the page's title, and whether it is shown.
	await page.addInitScript(() => {
		const w = window as unknown as { __frames: string[] };
		w.__frames = [];
		const look = () => {
			const h1 = document.querySelector('h1');
			if (h1) {
				const seen = `${h1.textContent}|${getComputedStyle(h1).visibility}`;
				if (w.__frames.at(-1) !== seen) w.__frames.push(seen);
			}
			if (!document.querySelector('[data-ready]') || w.__frames.length === 0)
				requestAnimationFrame(look);
		};
		requestAnimationFrame(look);
	});
	await page.reload();
	await expect(page.locator('[data-ready]')).toBeAttached();
	await expect(page.getByRole('heading', { level: 1, name: 'Tools test' })).toBeVisible();
	const frames = await page.evaluate(() => (window as unknown as { __frames: string[] }).__frames);
	expect(frames).not.toContain(`${interviewTitle}|visible`);
	expect(frames.at(-1)).toBe('Tools test|visible');

	// A page told there is something to reopen, with nothing to reopen (another browser profile's
	// storage, say): the bundled transcript shows as soon as the app has looked.
	const fresh = await page
		.context()
		.browser()!
		.newPage({ baseURL: test.info().project.use.baseURL });
	await fresh.addInitScript(() => localStorage.setItem('tandem-reopen', '1'));
	await gotoApp(fresh);
	await expect(fresh.getByRole('heading', { level: 1, name: interviewTitle })).toBeVisible();
	await expect.poll(() => fresh.evaluate(() => localStorage.getItem('tandem-reopen'))).toBeNull();
	await fresh.close();
});

test('loops can be saved; a reload restores the loop and the saved loops, which play again', async ({
	page
}) => {
	await setup(page);
	await seekBar(page).fill('23.4');
	await page.getByRole('button', { name: 'Loop section' }).click();
	const sectionLoop = page.getByRole('status').filter({ hasText: 'Section loop 00:20–00:30' });
	await expect(sectionLoop).toBeVisible();
	await page.getByRole('button', { name: 'Save loop' }).click();
	await expect(page.getByRole('button', { name: 'Loop saved' })).toBeDisabled();
	await seekBar(page).fill('12');
	await page.getByRole('button', { name: 'Loop sentence' }).click();
	await page.getByLabel('Loop rate', { exact: true }).selectOption('0.75');
	await page.getByRole('button', { name: 'Save loop' }).click();
	const list = page.getByRole('list', { name: 'Saved loops' });
	await expect(list.getByRole('listitem')).toHaveCount(2);
	// Named by what is said where they start, in time order; the loop's own rate is kept with it.
	await expect(list.getByRole('listitem').nth(0)).toContainText('我们今天讨论人工智能的监管问题');
	await expect(list.getByRole('listitem').nth(0)).toContainText('0.75×');
	await expect(list.getByRole('listitem').nth(1)).toContainText('Omni(全方位)是一个新模型。');
	await expect
		.poll(async () => ((await savedPlace(page))?.loops as unknown[] | undefined)?.length)
		.toBe(2);

	await page.reload();
	await expect(page.locator('[data-ready]')).toBeAttached();
	await expect(page.getByRole('status').filter({ hasText: /^Sentence loop 00:1/ })).toBeVisible();
	await page.getByText('Saved loops (2)').click();
	await expect(list.getByRole('listitem')).toHaveCount(2);
	await openMedia(page, wav(), DURATION);
	await list.getByRole('button', { name: /Omni/ }).click();
	await expect(sectionLoop).toBeVisible();
	await expect(list.getByRole('button', { name: /Omni/ })).toHaveAttribute('aria-current', 'true');
	await expect.poll(() => currentTime(page)).toBeGreaterThan(20.3);
	expect(await currentTime(page)).toBeLessThan(30.5);
	await list.getByRole('button', { name: /^Remove saved loop 00:1/ }).click();
	await expect(list.getByRole('listitem')).toHaveCount(1);
	await expect(page.getByText('Saved loops (1)')).toBeVisible();
});

test('#slug deep links seek to the section; Copy link gives ?t= and the slug', async ({
	page,
	context
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await gotoApp(page, `/#${encodeURIComponent('探索人工智能伦理和监管')}`);
	await openMedia(page, interviewWav(), interviewDuration);
	await expectTime(page, 1511);
	// The operating system's media controls name the section being played.
	await expect
		.poll(() => page.evaluate(() => navigator.mediaSession.metadata?.title))
		.toBe('探索人工智能伦理和监管');
	expect(await page.evaluate(() => navigator.mediaSession.metadata?.artist)).toContain(
		'Sam Altman'
	);
	await expect(
		transcript(page).locator('section[aria-current="true"] h2', {
			hasText: '探索人工智能伦理和监管'
		})
	).toBeVisible();
	await page.getByRole('button', { name: 'Copy link to this moment' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toContainText(
		`?t=1511#${encodeURIComponent('探索人工智能伦理和监管')}`
	);
	const copied = await page.evaluate(() => navigator.clipboard.readText());
	expect(copied).toContain('?t=1511#');
});

test('retiming: "Set this heading to now" moves a section, Undo puts it back', async ({ page }) => {
	await setup(page);
	await seekBar(page).fill('12.5');
	await expectTime(page, 12.5);
	await page.getByText(/^Retime/).click();
	await page.getByRole('button', { name: 'Set this heading to now' }).click();
	await seekBar(page).fill('1');
	await page.getByRole('heading', { level: 2, name: 'Regulation' }).getByRole('button').click();
	await expectTime(page, 12.5);
	await page.getByRole('button', { name: 'Times 0.1 s later' }).click();
	await expect(page.getByLabel('Time offset')).toHaveText('+0.1 s');
	await page.getByRole('heading', { level: 2, name: 'Regulation' }).getByRole('button').click();
	await expectTime(page, 12.6);
	await page.getByRole('button', { name: 'Undo' }).click();
	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
	await page.getByRole('heading', { level: 2, name: 'Regulation' }).getByRole('button').click();
	await expectTime(page, 10);
});
