/**
 * Hostile transcripts: markup that would run script, load frames or call home if it were ever
 * rendered as HTML. Opening one shows it as text: no dialog, no script, no request leaves the page,
 * and its chapters still parse. One row per format; a format the app cannot read yet must be
 * refused cleanly with an alert (the same row passes unchanged once the format is read).
 */
import { expect, test, type Page } from '@playwright/test';
import { gotoApp, openTranscript, timeline, transcript } from './app';

/** Each payload sets `window.__pwned` (and opens a dialog) if it ever runs. */
const P = {
	script: '<script>window.__pwned = 1; alert(1)</script>',
	img: '<img src=x onerror="window.__pwned = 2; alert(2)">',
	svg: '<svg onload="window.__pwned = 3; alert(3)"></svg>',
	iframe: '<iframe src="https://evil.example/frame" onload="window.__pwned = 4"></iframe>',
	style: '<style>body { background: url(https://evil.example/bg.png) }</style>',
	jsLink: '[click me](javascript:window.__pwned=5)',
	dataLink: '[data link](data:text/html,<script>alert(6)</script>)',
	image: '![tracker](https://evil.example/pixel.png)'
};
const all = Object.values(P).join(' ');

/** A hostile transcript in one format, and how many timeline entries it should give. */
interface Row {
	format: string;
	name: string;
	mimeType: string;
	text: string;
	/** Timeline entries when the format is read. */
	entries: number;
	/** True while the app cannot read this format yet: it must refuse it with an alert. */
	mayRefuse?: boolean;
	/** Caption formats drop cue markup tags (as the WebVTT spec says): none are shown, none run. */
	stripsTags?: boolean;
}

const rows: Row[] = [
	{
		format: 'seed-style Markdown',
		name: 'hostile.md',
		mimeType: 'text/markdown',
		entries: 3,
		text: [
			`# Title ${P.script} ${P.img}`,
			'',
			`Front matter ${all}`,
			'',
			'# Timeline',
			'',
			`**(00:00)** Opening ${P.svg}`,
			'',
			`**(00:30)** Middle ${P.iframe} ${P.jsLink}`,
			'',
			`**(01:00)** End ${P.style}`,
			'',
			'# Transcript',
			'',
			`## Opening ${P.svg}`,
			'',
			`First part. ${all}`,
			'',
			`## Middle ${P.iframe} ${P.jsLink}`,
			'',
			`### Minor ${P.img}`,
			'',
			`- list ${P.dataLink}`,
			`- ${P.image}`,
			'',
			`## End ${P.style}`,
			'',
			`Last part. ${all}`,
			''
		].join('\n')
	},
	{
		format: 'plain text',
		name: 'hostile.txt',
		mimeType: 'text/plain',
		entries: 3,
		text: [
			`Title ${P.script}`,
			'',
			`00:00 Opening ${P.img}`,
			`00:30 Middle ${P.svg}`,
			`01:00 End ${P.jsLink}`,
			'',
			`Body ${all}`,
			''
		].join('\n')
	},
	{
		format: 'WebVTT',
		name: 'hostile.vtt',
		mimeType: 'text/vtt',
		// Cues become paragraphs at a speaker change: the Host's cue, then the unattributed two.
		entries: 2,
		stripsTags: true,
		text: [
			`WEBVTT ${P.script}`,
			'',
			'00:00:00.000 --> 00:00:30.000',
			`<v Host>Opening ${P.img}`,
			'',
			'00:00:30.000 --> 00:01:00.000',
			`Middle ${P.svg} ${P.iframe}`,
			'',
			'00:01:00.000 --> 00:01:30.000',
			`End ${P.style} ${P.jsLink} ${P.dataLink}`,
			''
		].join('\n')
	},
	{
		format: 'SRT',
		name: 'hostile.srt',
		mimeType: 'application/x-subrip',
		// One speaker, no pauses: the three cues make one paragraph.
		entries: 1,
		stripsTags: true,
		text: [
			'1',
			'00:00:00,000 --> 00:00:30,000',
			`Opening ${P.script} ${P.img}`,
			'',
			'2',
			'00:00:30,000 --> 00:01:00,000',
			`Middle ${P.svg} <font color="red">${P.iframe}</font>`,
			'',
			'3',
			'00:01:00,000 --> 00:01:30,000',
			`End ${P.style} ${P.jsLink}`,
			''
		].join('\n')
	},
	{
		format: 'JSON',
		name: 'hostile.json',
		mimeType: 'application/json',
		entries: 3,
		mayRefuse: true,
		text: JSON.stringify({
			title: `Title ${P.script}`,
			chapters: [
				{ start: 0, title: `Opening ${P.img}` },
				{ start: 30, title: `Middle ${P.svg}` },
				{ start: 60, title: `End ${P.iframe}` }
			],
			segments: [
				{ start: 0, end: 30, text: `Opening ${all}` },
				{ start: 30, end: 60, text: `Middle ${all}` },
				{ start: 60, end: 90, text: `End ${all}` }
			]
		})
	}
];

/** Records every dialog and every request to another origin made by `page`. */
function watch(page: Page, origin: string): { dialogs: string[]; foreign: string[] } {
	const seen = { dialogs: [] as string[], foreign: [] as string[] };
	page.on('dialog', (d) => {
		seen.dialogs.push(d.message());
		void d.dismiss();
	});
	page.on('request', (r) => {
		const url = r.url();
		if (!url.startsWith(origin) && !url.startsWith('blob:') && !url.startsWith('data:'))
			seen.foreign.push(url);
	});
	return seen;
}

/** Asserts nothing in the transcript ran or was turned into live markup. */
async function expectInert(page: Page, seen: { dialogs: string[]; foreign: string[] }) {
	expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
	const live = page.locator(
		'main script, main iframe, main svg, main img, main style, main [onerror], main [onload], a[href^="javascript:" i], a[href^="data:" i]'
	);
	await expect(live).toHaveCount(0);
	expect(seen.dialogs).toEqual([]);
	expect(seen.foreign).toEqual([]);
}

for (const row of rows) {
	test(`a hostile ${row.format} transcript is shown as text and runs nothing`, async ({
		page,
		baseURL
	}) => {
		const seen = watch(page, new URL(baseURL ?? '').origin);
		await gotoApp(page);
		await openTranscript(page, {
			name: row.name,
			mimeType: row.mimeType,
			buffer: Buffer.from(row.text)
		});
		const alert = page.getByRole('alert').filter({ hasText: /\S/ });
		const entries = timeline(page).getByRole('button');
		// Either the transcript opens (its first timeline title is there) or it is refused.
		const opened = entries.filter({ hasText: 'Opening' });
		await expect(opened.or(alert).first()).toBeVisible();

		if (await alert.isVisible()) {
			expect(row.mayRefuse, `${row.format} refused: ${await alert.textContent()}`).toBe(true);
			await expect(alert).toContainText(/cannot read|can’t read|could not|couldn’t/i);
			// The bundled interview is still open.
			await expect(entries).toHaveCount(19);
			await expectInert(page, seen);
			return;
		}

		await expect(entries).toHaveCount(row.entries);
		if (row.stripsTags) {
			// Cue markup is dropped by the caption parser; the words stay.
			await expect(transcript(page)).toContainText('Opening');
			await expect(transcript(page)).not.toContainText(/<(script|img|svg|iframe|style)/);
		} else {
			// The markup is visible as the text it is.
			await expect(transcript(page)).toContainText(/<(script|img|svg|iframe|style)/);
		}
		// Chapters still work: a timeline click seeks the text.
		await entries.last().click();
		await expectInert(page, seen);
	});
}

test('remote images load only when the reader asks, without a referrer', async ({
	page,
	baseURL
}) => {
	const seen = watch(page, new URL(baseURL ?? '').origin);
	const png = Buffer.from(
		'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
		'base64'
	);
	const referers: (string | undefined)[] = [];
	await page.route('https://evil.example/**', async (route) => {
		referers.push(route.request().headers()['referer']);
		await route.fulfill({ status: 200, contentType: 'image/png', body: png });
	});
	await gotoApp(page);
	const hostile = rows[0]?.text ?? '';
	await openTranscript(page, {
		name: 'hostile.md',
		mimeType: 'text/markdown',
		buffer: Buffer.from(hostile)
	});
	await expect(timeline(page).getByRole('button')).toHaveCount(3);
	const load = page.getByRole('button', { name: 'Load 1 remote image' });
	await expect(load).toBeVisible();
	// The same image appears in four places: each is a placeholder, counted once.
	await expect(transcript(page).getByText('[image: tracker — not loaded]')).toHaveCount(4);
	await expectInert(page, seen);

	await load.click();
	await expect(transcript(page).getByRole('img', { name: 'tracker' })).toHaveCount(4);
	const img = transcript(page).getByRole('img', { name: 'tracker' }).first();
	await expect(img).toHaveAttribute('referrerpolicy', 'no-referrer');
	await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.naturalWidth)).toBe(1);
	expect(new Set(seen.foreign)).toEqual(new Set(['https://evil.example/pixel.png']));
	expect(referers.length).toBeGreaterThan(0);
	expect(referers.filter((r) => r !== undefined)).toEqual([]);
	await expect(load).toBeHidden();
	// Script-bearing markup is still text after the images load.
	expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
});
