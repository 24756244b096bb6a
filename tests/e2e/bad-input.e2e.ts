/**
 * The bad-input matrix: every bad file gets a clear message (role="alert" for what could not be
 * opened, role="status" for a file that opened with a caveat) that says what is wrong and what to do,
 * while the transcript that was open stays open and the media keeps playing.
 */
import { expect, test, type Page } from '@playwright/test';
import {
	currentTime,
	expectPlayingOnFrom,
	gotoApp,
	interviewTitle,
	openMedia,
	openTranscript,
	playButton,
	timeline,
	transcript,
	type FileArg
} from './app';
import {
	fixtureFile,
	interviewDuration,
	interviewWav,
	makeBinary,
	makeGarbledMp3,
	makeTranscript,
	makeWav
} from './media';

/** Opens the interview's stand-in audio and starts it playing. */
async function startPlaying(page: Page): Promise<void> {
	await gotoApp(page);
	await openMedia(page, interviewWav(), interviewDuration);
	await playButton(page).click();
	await expectPlayingOnFrom(page, 0);
}

/** The interview is still open and still playing on. */
async function expectNothingLost(page: Page): Promise<void> {
	await expect(page.getByRole('heading', { level: 1, name: interviewTitle })).toBeVisible();
	await expect(timeline(page).getByRole('button')).toHaveCount(19);
	await expect(playButton(page)).toHaveAccessibleName('Pause');
	await expectPlayingOnFrom(page, await currentTime(page));
}

/** The one visible alert, which must say something real. */
function alertBox(page: Page) {
	return page.getByRole('alert').filter({ hasText: /\S/ });
}

async function expectAlert(page: Page, what: RegExp): Promise<void> {
	await expect(alertBox(page)).toBeVisible();
	await expect(alertBox(page)).toContainText(what);
	await expect(alertBox(page)).not.toContainText(/undefined|null|\[object|NaN/i);
}

const text = (name: string, body: string | Buffer, mimeType = 'text/plain'): FileArg => ({
	name,
	mimeType,
	buffer: typeof body === 'string' ? Buffer.from(body) : body
});

const badTranscripts: { what: string; file: FileArg; says: RegExp }[] = [
	{ what: 'an empty file', file: text('empty.md', ''), says: /empty.*Choose/i },
	{
		what: 'a binary file',
		file: text('notes.txt', makeBinary(8192)),
		says: /not text.*choose a transcript/i
	}
];

for (const { what, file, says } of badTranscripts) {
	test(`${what} as transcript: alert, the open transcript and playback go on`, async ({ page }) => {
		await startPlaying(page);
		await openTranscript(page, file);
		await expectAlert(page, says);
		if (typeof file !== 'string') await expect(alertBox(page)).toContainText(file.name);
		await expectNothingLost(page);
	});
}

test('Latin-1 text opens as Western text and says so', async ({ page }) => {
	await startPlaying(page);
	const md = makeTranscript(
		[
			{ time: 0, title: 'Café au lait', body: 'Déjà vu, naïve résumé.' },
			{ time: 30, title: 'Fiancée' }
		],
		{ title: 'Crème brûlée' }
	);
	await openTranscript(page, text('latin1.md', Buffer.from(md, 'latin1'), 'text/markdown'));
	const status = page.getByRole('status').filter({ hasText: /not UTF-8/ });
	await expect(status).toContainText('read as Western');
	await expect(status).toContainText(/save the file as UTF-8/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Crème brûlée');
	await expect(transcript(page)).toContainText('Déjà vu, naïve résumé.');
	await expect(playButton(page)).toHaveAccessibleName('Pause');
});

test('GB18030 Chinese text opens and says which encoding was used', async ({ page }) => {
	await gotoApp(page);
	const md = makeTranscript([
		{ time: 0, title: '开场白', body: '这是第一部分。' },
		{ time: 30, title: '问题与回答' }
	]);
	const gb = Buffer.from(new Uint8Array(await encodeGb18030(page, md)));
	await openTranscript(page, text('chinese.md', gb));
	await expect(page.getByRole('status').filter({ hasText: /not UTF-8/ })).toContainText(
		'Chinese (GB18030)'
	);
	await expect(timeline(page).getByRole('button')).toHaveCount(2);
	await expect(transcript(page)).toContainText('这是第一部分。');
});

/** GB18030 bytes of `s`: the browser can only decode it, so map each character through a table it builds. */
async function encodeGb18030(page: Page, s: string): Promise<number[]> {
	return page.evaluate((src) => {
		const table = new Map<string, number[]>();
		const dec = new TextDecoder('gb18030');
		for (let a = 0x81; a <= 0xfe; a++)
			for (let b = 0xa1; b <= 0xfe; b++) {
				const ch = dec.decode(Uint8Array.from([a, b]));
				if (ch.length === 1 && !table.has(ch)) table.set(ch, [a, b]);
			}
		const out: number[] = [];
		for (const ch of src) {
			const code = ch.codePointAt(0) ?? 0;
			if (code < 0x80) out.push(code);
			else out.push(...(table.get(ch) ?? [0x3f]));
		}
		return out;
	}, s);
}

test('times out of order, repeated, and past the end of the media are reported', async ({
	page
}) => {
	await gotoApp(page);
	const short = fixtureFile('two-minutes.wav', () => makeWav({ duration: 120, beeps: [0, 60] }));
	await openMedia(page, short, 120);
	const md = [
		'# Jumbled',
		'',
		'**(00:00)** Start',
		'',
		'**(01:00)** Later',
		'',
		'**(00:30)** Earlier',
		'',
		'**(00:30)** Earlier again',
		'',
		'**(05:00)** Way past the end',
		'',
		'## Start',
		'',
		'One.',
		'',
		'## Earlier',
		'',
		'Two.',
		'',
		'## Later',
		'',
		'Three.',
		'',
		'## Way past the end',
		'',
		'Four.',
		''
	].join('\n');
	await openTranscript(page, text('jumbled.md', md, 'text/markdown'));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Jumbled');
	const notes = page.locator('details').filter({ hasText: 'Transcript notes' });
	await notes.locator('summary').click();
	await expect(notes).toContainText(/earlier than the line before it/);
	await expect(notes).toContainText(/same time 00:30/);
	const status = page.getByRole('status').filter({ hasText: /past the end/ });
	await expect(status).toContainText('02:00 long');
	await expect(status).toContainText('05:00');
	await expect(status).toContainText(/1 timeline entry is past the end/);
	// A non-blocking warning: dismissable, and the player still works.
	await status.getByRole('button', { name: 'Dismiss message' }).click();
	await expect(status).toBeHidden();
	await playButton(page).click();
	await expectPlayingOnFrom(page, 0);
});

test('media much longer than the timeline: a warning', async ({ page }) => {
	await gotoApp(page);
	const md = makeTranscript([
		{ time: 0, title: 'Start' },
		{ time: 60, title: 'End' }
	]);
	await openTranscript(page, text('short.md', md, 'text/markdown'));
	await expect(timeline(page).getByRole('button')).toHaveCount(2);
	await openMedia(page, interviewWav(), interviewDuration);
	await expect(page.getByRole('status').filter({ hasText: /much longer/ })).toContainText(
		'46:40 long'
	);
	await expect(alertBox(page)).toHaveCount(0);
});

/** A WAV header announcing IMA ADPCM (format 0x11), which browsers do not decode. */
function adpcmWav(): Buffer {
	const data = 8000;
	const buf = Buffer.alloc(48 + data, 0x11);
	buf.write('RIFF', 0, 'ascii');
	buf.writeUInt32LE(40 + data, 4);
	buf.write('WAVE', 8, 'ascii');
	buf.write('fmt ', 12, 'ascii');
	buf.writeUInt32LE(20, 16);
	buf.writeUInt16LE(0x11, 20); // IMA ADPCM
	buf.writeUInt16LE(1, 22);
	buf.writeUInt32LE(8000, 24);
	buf.writeUInt32LE(4055, 28);
	buf.writeUInt16LE(256, 32);
	buf.writeUInt16LE(4, 34);
	buf.writeUInt16LE(2, 36);
	buf.writeUInt16LE(505, 38);
	buf.write('data', 40, 'ascii');
	buf.writeUInt32LE(data, 44);
	return buf;
}

const badMedia: { what: string; file: FileArg; says: RegExp }[] = [
	{
		what: 'an empty file',
		file: { name: 'empty.mp3', mimeType: 'audio/mpeg', buffer: Buffer.alloc(0) },
		says: /empty\.mp3.*empty.*Choose/i
	},
	{
		what: 'a corrupt file',
		file: { name: 'corrupt.mp3', mimeType: 'audio/mpeg', buffer: makeBinary(40_000) },
		says: /corrupt\.mp3.*audio\/mpeg.*damaged, or not media.*Try/i
	},
	{
		what: 'an MP3 whose frames do not decode',
		file: { name: 'garbled.mp3', mimeType: 'audio/mpeg', buffer: makeGarbledMp3(20) },
		says: /garbled\.mp3.*audio\/mpeg.*damaged.*Convert it/i
	},
	{
		what: 'a text file named as video',
		file: {
			name: 'lecture.mp4',
			mimeType: 'video/mp4',
			buffer: Buffer.from('Hello\n'.repeat(500))
		},
		says: /lecture\.mp4.*video\/mp4.*is a text file, not audio or video/i
	},
	{
		what: 'a codec this browser cannot play',
		file: { name: 'adpcm.wav', mimeType: 'audio/wav', buffer: adpcmWav() },
		says: /adpcm\.wav.*is a WAV file with IMA ADPCM audio.*audio\/wav.*cannot play that codec/i
	}
];

for (const { what, file, says } of badMedia) {
	test(`${what} as media: alert naming the file and type, playback goes on`, async ({ page }) => {
		await startPlaying(page);
		const waveform = page.locator('[data-peaks]');
		await expect(waveform).toHaveAttribute('data-peaks', 'ready', { timeout: 30_000 });
		await page.getByLabel('Media file').setInputFiles(file);
		await expectAlert(page, says);
		await expectNothingLost(page);
		// The rejected file's peaks (started with the player's check) never replace the open file's.
		await expect(waveform).toHaveAttribute('data-peaks', 'ready');
		await page.waitForTimeout(500);
		await expect(waveform).toHaveAttribute('data-peaks', 'ready');
	});
}

// The 20 MB transcript of the matrix is in large-transcript.e2e.ts (it runs without trace snapshots).
