/**
 * Everyone: axe-core finds no violations on any view in light and dark mode; the keyboard reaches
 * everything with a visible focus; section changes are announced politely; reduced motion and the
 * reader's theme are respected; on a phone the text takes the screen, controls dock at the bottom
 * (the study tools folded into one button), touch targets are at least 44 px and a touch scroll
 * pauses follow mode.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import {
	expectPlayingOnFrom,
	expectTime,
	gotoApp,
	heading,
	openMedia,
	openTranscript,
	playButton,
	timelineEntry,
	transcript
} from './app';
import { fixtureFile, interviewDuration, interviewWav, makeWav, recordWebm } from './media';

/** Runs axe on the whole page and fails with each violation's id and first targets. */
async function expectNoViolations(page: Page, view: string): Promise<void> {
	const results = await new AxeBuilder({ page }).analyze();
	const found = results.violations.map(
		(v) =>
			`${v.id} (${v.impact}): ${v.nodes
				.map((n) => n.target.join(' '))
				.slice(0, 3)
				.join(' | ')}`
	);
	expect(found, `axe violations on ${view}`).toEqual([]);
}

for (const colorScheme of ['light', 'dark'] as const) {
	test.describe(`${colorScheme} mode`, () => {
		test.use({ colorScheme });
		// axe walks the whole interview (thousands of nodes) several times: slow on a loaded machine.
		test.slow();

		test('axe: initial page, with an alert, with audio open', async ({ page }) => {
			await gotoApp(page);
			await expectNoViolations(page, 'the initial page');

			await openTranscript(page, {
				name: 'empty.md',
				mimeType: 'text/plain',
				buffer: Buffer.alloc(0)
			});
			await expect(page.getByRole('alert').filter({ hasText: /\S/ })).toBeVisible();
			await expectNoViolations(page, 'the page with an alert');

			await openMedia(page, interviewWav(), interviewDuration);
			await heading(page, '探索人工智能伦理和监管').click();
			await expectTime(page, 1511);
			await expectNoViolations(page, 'the page with audio open and a section current');

			await page.getByRole('button', { name: /Load \d+ remote image/ }).focus();
			await expectNoViolations(page, 'the page with focus on a button');
		});

		test('axe: video open, and a warning', async ({ page }) => {
			await gotoApp(page);
			const webm = await recordWebm(page, {
				kind: 'video',
				seconds: 2,
				sections: [{ time: 0, title: 'One' }]
			});
			await openMedia(page, { name: 'clip.webm', mimeType: 'video/webm', buffer: webm });
			await expect(page.getByRole('complementary', { name: 'Video' })).toBeVisible();
			// The interview's timeline runs far past this 2 s clip: a warning shows too.
			await expect(page.getByRole('status').filter({ hasText: /past the end/ })).toBeVisible();
			await expectNoViolations(page, 'the page with a video and a warning');
		});
	});
}

test('the theme follows the system, can be switched, and is remembered', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'light' });
	await gotoApp(page);
	const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
	const light = await bg();
	await page.emulateMedia({ colorScheme: 'dark' });
	await expect.poll(bg).not.toBe(light);
	const dark = await bg();

	const theme = page.getByLabel('Theme');
	await theme.selectOption('light');
	await expect.poll(bg).toBe(light);
	await page.reload();
	await expect(page.locator('[data-ready]')).toBeAttached();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
	await expect.poll(bg).toBe(light);
	await expect(page.getByLabel('Theme')).toHaveValue('light');

	await page.emulateMedia({ colorScheme: 'light' });
	await page.getByLabel('Theme').selectOption('dark');
	await expect.poll(bg).toBe(dark);
	await page.getByLabel('Theme').selectOption('system');
	await expect.poll(bg).toBe(light);
	await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
});

test('keyboard alone reaches every control, always with a visible focus', async ({ page }) => {
	await gotoApp(page);
	await openMedia(page, interviewWav(), interviewDuration);
	const seen = new Set<string>();
	for (let i = 0; i < 45; i++) {
		await page.keyboard.press('Tab');
		const focus = await page.evaluate(() => {
			const el = document.activeElement as HTMLElement | null;
			if (!el || el === document.body) return null;
			const style = getComputedStyle(el);
			const name =
				el.getAttribute('aria-label') ??
				el.closest('label')?.textContent?.trim().split('\n')[0] ??
				el.textContent?.trim().slice(0, 30) ??
				'';
			return {
				what: `${el.tagName.toLowerCase()} ${name}`,
				visible: el.matches(':focus-visible'),
				outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0
			};
		});
		if (!focus) continue;
		expect(focus.visible, `${focus.what} matches :focus-visible`).toBe(true);
		expect(focus.outline, `${focus.what} shows an outline`).toBe(true);
		seen.add(focus.what.split(' ')[0] ?? '');
	}
	// Pickers, theme, remote images, timeline and heading buttons were all reached.
	expect([...seen].sort()).toEqual(expect.arrayContaining(['button', 'input', 'select']));
	// Enter on the focused timeline entry seeks.
	await timelineEntry(page, '25:11').focus();
	await page.keyboard.press('Enter');
	await expectTime(page, 1511);
	// The player bar is reachable and works by keyboard.
	await playButton(page).focus();
	await page.keyboard.press('Enter');
	await expect(playButton(page)).toHaveAccessibleName('Pause');
});

test('section changes are announced politely, sentences are not', async ({ page }) => {
	await gotoApp(page);
	const live = page.getByTestId('section-announcer');
	await expect(live).toHaveAttribute('aria-live', 'polite');
	await expect(live).toHaveText('');
	await openMedia(page, interviewWav(), interviewDuration);
	await timelineEntry(page, '25:11').click();
	await expect(live).toHaveText('Now: 探讨人工智能道德与监管');
	// Playing on inside the section says nothing new; entering the next section does.
	await playButton(page).click();
	await expectPlayingOnFrom(page, 1511);
	await expect(live).toHaveText('Now: 探讨人工智能道德与监管');
	await timelineEntry(page, '27:26').click();
	await expect(live).toHaveText('Now: 人工智能及其他领域的安全范式');
});

test('reduced motion: no smooth scrolling', async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await gotoApp(page);
	expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe(
		'auto'
	);
	const section = transcript(page).locator('section').first();
	expect(await section.evaluate((el) => getComputedStyle(el).transitionDuration)).toBe('0s');
	await page.emulateMedia({ reducedMotion: 'no-preference' });
	expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe(
		'smooth'
	);
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });

	test('text takes the screen, controls dock at the bottom, targets ≥ 44 px; axe clean', async ({
		page
	}) => {
		await gotoApp(page);
		const article = await transcript(page).boundingBox();
		expect(article?.width).toBeGreaterThan(330);
		const dock = page.getByRole('group', { name: 'Player' });
		await transcript(page).locator('section').nth(5).scrollIntoViewIfNeeded();
		const box = await dock.boundingBox();
		expect((box?.y ?? 0) + (box?.height ?? 0)).toBeGreaterThan(735);
		expect(box?.height).toBeLessThan(200);
		await expect(page.locator('html')).toHaveJSProperty('scrollWidth', 375);
		// The language and theme selects sit in one row (their names kept for screen readers).
		const language = await page
			.getByRole('combobox', { name: 'Language', exact: true })
			.boundingBox();
		const theme = await page.getByRole('combobox', { name: 'Theme', exact: true }).boundingBox();
		expect(Math.abs((language?.y ?? 0) - (theme?.y ?? 100))).toBeLessThan(2);

		const small = await page.evaluate(() =>
			[...document.querySelectorAll<HTMLElement>('button, select, input, a[href]:not(p a)')]
				.filter((el) => el.offsetParent !== null && !el.closest('p'))
				.map((el) => ({ el, r: el.getBoundingClientRect() }))
				.filter(({ r }) => r.width < 44 || r.height < 44)
				.map(
					({ el, r }) =>
						`${el.tagName} ${el.textContent?.trim().slice(0, 20)} ${r.width}×${r.height}`
				)
		);
		expect(small).toEqual([]);
		await expectNoViolations(page, 'the phone layout');
	});

	test('with a recording open the study tools fold into one button; the text keeps the screen', async ({
		page
	}) => {
		await gotoApp(page);
		await openMedia(page, interviewWav(), interviewDuration);
		const dock = page.getByRole('group', { name: 'Player' });
		const tools = page.getByRole('button', { name: 'Study tools' });
		await expect(tools).toHaveAttribute('aria-expanded', 'false');
		await expect(page.getByRole('button', { name: 'Loop sentence' })).toBeHidden();
		// The seek bar spans the screen, above the buttons.
		expect((await page.getByRole('slider', { name: 'Seek' }).boundingBox())?.width).toBeGreaterThan(
			300
		);
		const footer = page.locator('footer.dock');
		const folded = await footer.boundingBox();
		expect(folded?.height).toBeLessThan(740 * 0.4);
		expect(await dock.isVisible()).toBe(true);
		await tools.click();
		await expect(tools).toHaveAttribute('aria-expanded', 'true');
		await page.getByRole('button', { name: 'Loop sentence' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'Sentence loop' })).toBeVisible();
		await expectNoViolations(page, 'the phone layout, study tools open');
		// Folded again, the button says a loop is on.
		await tools.click();
		await expect(tools).toHaveAttribute('aria-expanded', 'false');
		await expect(tools).toContainText('looping');
		await expect(page.getByRole('button', { name: 'Stop loop' })).toBeHidden();
		const small = await page.evaluate(() =>
			[...document.querySelectorAll<HTMLElement>('footer.dock :is(button, select, input)')]
				.filter((el) => el.offsetParent !== null)
				.map((el) => ({ el, r: el.getBoundingClientRect() }))
				.filter(({ r }) => r.width < 44 || r.height < 44)
				.map(({ el, r }) => `${el.tagName} ${el.textContent?.trim()} ${r.width}×${r.height}`)
		);
		expect(small).toEqual([]);
		await expectNoViolations(page, 'the phone layout, study tools folded');
	});

	test('a touch scroll pauses follow mode like a wheel scroll', async ({ page }) => {
		await gotoApp(page);
		const wav = fixtureFile('ten-minutes.wav', () => makeWav({ duration: 600, beeps: [0] }));
		const md = Array.from(
			{ length: 12 },
			(_, i) => `**(${String(i).padStart(2, '0')}:00)** Part ${i + 1}`
		)
			.concat(
				Array.from(
					{ length: 12 },
					(_, i) => `\n## Part ${i + 1}\n\n${'Words of this part. '.repeat(60)}`
				)
			)
			.join('\n\n');
		await openTranscript(page, {
			name: 'parts.md',
			mimeType: 'text/markdown',
			buffer: Buffer.from(`# Parts\n\n${md}\n`)
		});
		await openMedia(page, wav, 600);
		await timelineEntry(page, '03:00').click();
		await expectTime(page, 180);
		await playButton(page).click();
		const back = page.getByRole('button', { name: /Back to current/ });
		await expect(back).toHaveCount(0);

		const cdp = await page.context().newCDPSession(page);
		await cdp.send('Input.dispatchTouchEvent', {
			type: 'touchStart',
			touchPoints: [{ x: 180, y: 400 }]
		});
		for (const y of [380, 340, 300, 260])
			await cdp.send('Input.dispatchTouchEvent', {
				type: 'touchMove',
				touchPoints: [{ x: 180, y }]
			});
		await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
		await expect(back).toBeVisible();
		await back.click();
		await expect(back).toHaveCount(0);
	});
});
