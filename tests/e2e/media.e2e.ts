/**
 * The test infrastructure itself, without the app: generated media play in this Chromium at real
 * time, their beeps sit where asked, WebM files have the shape the app has to cope with.
 */
import { expect, test, type Page } from '@playwright/test';
import {
	fixtureFile,
	formatClock,
	interviewDuration,
	interviewWav,
	makeTranscript,
	makeWav,
	parseIsoDuration,
	recordWebm
} from './media';

/** A bare page with a file input and a media element that plays whatever file is chosen. */
async function barePage(page: Page, tag: 'audio' | 'video') {
	await page.setContent(
		`<input type="file" aria-label="File"><${tag} controls></${tag}>
		<script>
			const input = document.querySelector('input');
			const media = document.querySelector('${tag}');
			input.addEventListener('change', () => {
				window.chosenType = input.files[0].type;
				media.src = URL.createObjectURL(input.files[0]);
			});
		</script>`
	);
}

/** Properties of the page's media element. */
function media(page: Page) {
	return page.evaluate(() => {
		const m = document.querySelector<HTMLMediaElement>('audio, video')!;
		const v = m instanceof HTMLVideoElement ? m : null;
		return {
			duration: m.duration,
			time: m.currentTime,
			paused: m.paused,
			readyState: m.readyState,
			error: m.error?.message ?? null,
			videoWidth: v?.videoWidth ?? 0
		};
	});
}

test('parses ISO 8601 durations and writes seed-style transcripts', () => {
	expect(parseIsoDuration('PT25M11.25S')).toBeCloseTo(1511.25, 6);
	expect(parseIsoDuration('PT1H2M3S')).toBe(3723);
	expect(parseIsoDuration('PT0S')).toBe(0);
	expect(parseIsoDuration('PT4.5S')).toBe(4.5);
	expect(parseIsoDuration('garbage')).toBeNaN();
	expect(parseIsoDuration(null)).toBeNaN();
	expect(formatClock(1511)).toBe('25:11');
	expect(formatClock(3723)).toBe('1:02:03');
	const md = makeTranscript(
		[
			{ time: 0, title: 'Intro' },
			{ time: 65, title: 'Middle', heading: 'The middle part' },
			{ time: 90, title: 'Aside', heading: null, body: 'An aside.' }
		],
		{ title: 'Talk' }
	);
	expect(md).toMatch(/^# Talk\n/);
	expect(md).toContain('**(01:05)** Middle');
	expect(md).toContain('## The middle part');
	expect(md).not.toContain('## Aside');
	expect(md).toContain('An aside.');
});

test('a generated WAV has its beeps at the asked times', async ({ page }) => {
	const wav = makeWav({ duration: 3, sampleRate: 8000, beeps: [0.5, 2] });
	expect(wav.length).toBe(44 + 3 * 8000);
	const beeps = await page.evaluate(async (b64) => {
		const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
		const ctx = new OfflineAudioContext(1, 8000, 8000);
		const audio = await ctx.decodeAudioData(bytes.buffer);
		const data = audio.getChannelData(0);
		// Start of each run of loud samples, in seconds.
		const starts: number[] = [];
		let last = -Infinity;
		for (let i = 0; i < data.length; i++) {
			if (Math.abs(data[i]!) > 0.05) {
				if (i - last > audio.sampleRate * 0.2) starts.push(i / audio.sampleRate);
				last = i;
			}
		}
		return { starts, duration: audio.duration };
	}, wav.toString('base64'));
	expect(beeps.duration).toBeCloseTo(3, 2);
	expect(beeps.starts).toHaveLength(2);
	expect(beeps.starts[0]).toBeCloseTo(0.5, 1);
	expect(beeps.starts[1]).toBeCloseTo(2, 1);
});

test('the long WAV loads, seeks exactly and plays in real time', async ({ page }) => {
	await barePage(page, 'audio');
	await page.getByLabel('File').setInputFiles(interviewWav());
	await expect.poll(async () => (await media(page)).duration).toBe(interviewDuration);
	await page.evaluate(() => (document.querySelector('audio')!.currentTime = 1511));
	expect((await media(page)).time).toBe(1511);
	await page.evaluate(() => document.querySelector('audio')!.play());
	await page.waitForTimeout(1500);
	const after = await media(page);
	expect(after.paused).toBe(false);
	expect(after.error).toBeNull();
	expect(after.time).toBeGreaterThan(1511.8);
	expect(after.time).toBeLessThan(1514);
});

test('a short WAV plays to its end', async ({ page }) => {
	await barePage(page, 'audio');
	const path = fixtureFile('short-2s.wav', () => makeWav({ duration: 2, beeps: [0, 1] }));
	await page.getByLabel('File').setInputFiles(path);
	await expect.poll(async () => (await media(page)).duration).toBeCloseTo(2, 3);
	await page.evaluate(() => document.querySelector('audio')!.play());
	await expect.poll(async () => (await media(page)).paused, { timeout: 6000 }).toBe(true);
	expect((await media(page)).time).toBeCloseTo(2, 2);
});

test.describe('WebM recorded in the browser', () => {
	test('video: has a picture, no duration in its header, plays', async ({ page }) => {
		const webm = await recordWebm(page, {
			kind: 'video',
			seconds: 3,
			sections: [
				{ time: 0, title: 'One' },
				{ time: 1.5, title: 'Two' }
			]
		});
		expect(webm.subarray(0, 4).toString('hex')).toBe('1a45dfa3'); // EBML magic
		await barePage(page, 'video');
		await page
			.getByLabel('File')
			.setInputFiles({ name: 'clip.webm', mimeType: 'video/webm', buffer: webm });
		await expect.poll(async () => (await media(page)).readyState).toBeGreaterThanOrEqual(1);
		const loaded = await media(page);
		expect(loaded.videoWidth).toBe(320);
		test.info().annotations.push({
			type: 'webm duration',
			description: `MediaRecorder video reports duration=${loaded.duration} before scanning`
		});
		// The usual cure: seek far past the end, the element then knows the real duration.
		await page.evaluate(() => (document.querySelector('video')!.currentTime = 1e9));
		await expect.poll(async () => (await media(page)).duration).toBeLessThan(10);
		expect((await media(page)).duration).toBeGreaterThan(2);
		await page.evaluate(() => {
			const v = document.querySelector('video')!;
			v.currentTime = 0;
			return v.play();
		});
		await expect.poll(async () => (await media(page)).time).toBeGreaterThan(1);
	});

	test('audio-only: typed video/webm, has no picture, plays', async ({ page }) => {
		const webm = await recordWebm(page, {
			kind: 'audio',
			seconds: 3,
			sections: [{ time: 0.5, title: 'beep' }]
		});
		expect(webm.subarray(0, 4).toString('hex')).toBe('1a45dfa3');
		await barePage(page, 'video');
		await page
			.getByLabel('File')
			.setInputFiles({ name: 'voice.webm', mimeType: 'video/webm', buffer: webm });
		expect(
			await page.evaluate(() => (window as unknown as { chosenType: string }).chosenType)
		).toBe('video/webm');
		await expect.poll(async () => (await media(page)).readyState).toBeGreaterThanOrEqual(1);
		const loaded = await media(page);
		expect(loaded.videoWidth).toBe(0);
		test.info().annotations.push({
			type: 'webm duration',
			description: `MediaRecorder audio reports duration=${loaded.duration} before scanning`
		});
		await page.evaluate(() => document.querySelector('video')!.play());
		await expect.poll(async () => (await media(page)).time).toBeGreaterThan(1);
		expect((await media(page)).error).toBeNull();
	});
});
