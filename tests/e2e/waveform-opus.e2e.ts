/** Ogg Opus peaks: decoded by libopus in WebAssembly, in ranges on several cores, stitched in time. */
import { expect, test } from '@playwright/test';
import { gotoApp, openMedia, waveformLoudTimes } from './app';
import { fixtureFile, makeOggOpus } from './media';

const duration = 90;
// Beeps on both sides of the middle, where a file in two ranges is cut.
const beeps = [2, 12, 30, 43, 47, 60, 84];

test('an Ogg Opus file of over 1 MiB gets its waveform with every beep where it is', async ({
	page
}) => {
	await gotoApp(page);
	// 90 s at 128 kbit/s ≈ 1.4 MB: big enough to be decoded in ranges at once.
	const bytes = await makeOggOpus(page, { duration, beeps, beepMs: 400, bitrate: 128_000 });
	expect(bytes.length).toBeGreaterThan(1 << 20);
	const file = fixtureFile('beeps-90s.opus', () => bytes);
	await openMedia(page, file, duration);
	await expect(page.locator('[data-peaks="ready"]')).toBeAttached({ timeout: 30_000 });
	await expect
		.poll(async () => (await waveformLoudTimes(page, duration)).length)
		.toBeGreaterThan(0);
	const times = await waveformLoudTimes(page, duration);

	// Every loud column is a beep, and every beep is drawn (none lost or moved at a range's edge).
	for (const t of times) expect(beeps.some((b) => t > b - 0.3 && t < b + 0.7)).toBe(true);
	for (const b of beeps) expect(times.some((t) => t > b - 0.3 && t < b + 0.7)).toBe(true);
});
