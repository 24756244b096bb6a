/**
 * Installable and offline: the app has a web manifest with icons, and after the first visit the
 * service worker serves the app shell and the bundled transcript with the network gone. The user's
 * media never goes through the service worker's cache.
 */
import { expect, test } from '@playwright/test';
import {
	expectPlayingOnFrom,
	gotoApp,
	interviewTitle,
	openMedia,
	playButton,
	timeline
} from './app';
import { fixtureFile, makeWav } from './media';

test('the manifest names the app and its icons load', async ({ page, request }) => {
	await gotoApp(page);
	const href = await page.locator('link[rel="manifest"]').getAttribute('href');
	const manifestUrl = new URL(href ?? '', page.url()).href;
	const manifest = (await (await request.get(manifestUrl)).json()) as {
		name: string;
		display: string;
		icons: { src: string; sizes: string }[];
	};
	expect(manifest.name).toContain('Tandem');
	expect(manifest.display).toBe('standalone');
	const sizes = manifest.icons.map((i) => i.sizes);
	expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
	for (const icon of manifest.icons) {
		const res = await request.get(new URL(icon.src, manifestUrl).href);
		expect(res.ok(), icon.src).toBe(true);
	}
});

test('after the first visit the app and its transcript work offline; media is not cached', async ({
	page,
	context
}) => {
	const violations: string[] = [];
	page.on('console', (m) => {
		if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
	});
	await gotoApp(page);
	// The service worker installs and takes control.
	await expect
		.poll(() => page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state))
		.toBe('activated');
	await page.reload();
	await expect
		.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
		.toBe(true);

	await context.setOffline(true);
	await page.reload();
	await expect(page.locator('[data-ready]')).toBeAttached();
	await expect(page.getByRole('heading', { level: 1, name: interviewTitle })).toBeVisible();
	await expect(timeline(page).getByRole('button')).toHaveCount(19);
	// A deep link is the same page.
	await page.goto('/?t=60');
	await expect(timeline(page).getByRole('button')).toHaveCount(19);

	// A local recording still opens and plays offline, and is never put in the cache.
	const wav = fixtureFile('offline-beeps.wav', () => makeWav({ duration: 30, beeps: [0, 10] }));
	await openMedia(page, wav, 30);
	await playButton(page).click();
	await expectPlayingOnFrom(page, 0);
	const cached = await page.evaluate(async () => {
		const urls: string[] = [];
		for (const key of await caches.keys())
			for (const req of await (await caches.open(key)).keys()) urls.push(req.url);
		return urls;
	});
	expect(cached.length).toBeGreaterThan(5);
	expect(cached.some((u) => u.endsWith('/transcripts/interview.md'))).toBe(true);
	expect(cached.filter((u) => /\.wav$|^blob:/.test(u))).toEqual([]);
	expect(violations).toEqual([]);
	await context.setOffline(false);
});
