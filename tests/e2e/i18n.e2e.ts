/** The UI in English and Chinese: from the browser's language, switchable, remembered across reloads. */
import { expect, test, type Page } from '@playwright/test';
import { transcript } from './app';
import { makeWav } from './media';

/** Loads the app and waits for hydration (gotoApp looks for English labels, so it is not used here). */
async function load(page: Page): Promise<void> {
	await page.goto('/');
	await expect(page.locator('[data-ready]')).toBeAttached({ timeout: 30_000 });
	await expect(transcript(page)).toBeVisible();
}

const wav = { name: 'tone.wav', mimeType: 'audio/wav', buffer: makeWav({ duration: 120 }) };

test.describe('with a Chinese browser', () => {
	test.use({ locale: 'zh-CN' });

	test('the UI appears in Chinese and plays', async ({ page }) => {
		await load(page);
		await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
		await expect(page.getByRole('button', { name: '播放' })).toBeDisabled();
		await expect(page.getByRole('navigation', { name: '时间轴' })).toBeVisible();
		await expect(page.getByRole('slider', { name: '进度' })).toBeAttached();
		await expect(page.getByRole('combobox', { name: '播放速度' })).toBeAttached();
		await expect(page.getByRole('button', { name: 'Play' })).toHaveCount(0);
		// The transcript keeps its own language.
		const articleLang = await transcript(page).getAttribute('lang');

		await page.getByLabel('媒体文件').setInputFiles(wav);
		await expect(page.getByRole('button', { name: '播放' })).toBeEnabled();
		await page.getByRole('button', { name: '播放' }).click();
		await expect(page.getByRole('button', { name: '暂停' })).toBeVisible();
		await page.getByRole('button', { name: '暂停' }).click();
		expect(await transcript(page).getAttribute('lang')).toBe(articleLang);
	});

	test('file-open errors are in Chinese', async ({ page }) => {
		await load(page);
		await page
			.getByLabel('文稿文件')
			.setInputFiles({ name: 'empty.md', mimeType: 'text/markdown', buffer: Buffer.alloc(0) });
		await expect(page.getByRole('alert')).toContainText('“empty.md”是空文件');
		// The parser's reasons too: a WebVTT file without its header, a file of only blank lines.
		await page.getByLabel('文稿文件').setInputFiles({
			name: 'bad.vtt',
			mimeType: 'text/vtt',
			buffer: Buffer.from('00:00:01.000 --> 00:00:02.000\nHello\n')
		});
		await expect(page.getByRole('alert')).toContainText(
			'无法打开“bad.vtt”（第 1 行）：这不是 WebVTT 文件'
		);
		await expect(page.getByRole('alert')).not.toContainText('This is not');
		await page
			.getByLabel('文稿文件')
			.setInputFiles({ name: 'blank.md', mimeType: 'text/markdown', buffer: Buffer.from('\n \n') });
		await expect(page.getByRole('alert')).toContainText('无法打开“blank.md”：文稿是空的');
	});

	test('transcript notes are in Chinese', async ({ page }) => {
		await load(page);
		await page.getByLabel('文稿文件').setInputFiles({
			name: 'odd.vtt',
			mimeType: 'text/vtt',
			buffer: Buffer.from(
				'WEBVTT\n\n00:01:00.000 --> 00:01:02.000\nLate\n\n00:00:10.000 --> 00:00:12.000\nEarly\n'
			)
		});
		await page.getByText(/^文稿提示/).click();
		const list = page.getByRole('list', { name: '文稿提示' });
		await expect(list).toContainText('字幕（00:10）排在更晚的一条之后；已全部按时间排序。');
		await expect(list).not.toContainText('sorted');
	});

	test('switching to English works and is remembered across a reload', async ({ page }) => {
		await load(page);
		await expect(page.getByRole('button', { name: '播放' })).toBeAttached();
		// Landmarks are named in the reader's language too.
		await expect(page.getByRole('article', { name: '文稿' })).toBeAttached();
		await expect(page.getByRole('navigation', { name: '时间轴' })).toBeAttached();
		const articleLang = await transcript(page).getAttribute('lang');
		await page.getByRole('combobox', { name: '语言' }).selectOption('en');
		await expect(page.getByRole('button', { name: 'Play' })).toBeAttached();
		await expect(page.getByLabel('Media file')).toBeAttached();
		await expect(page.getByRole('article', { name: 'Transcript' })).toBeAttached();
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		expect(await transcript(page).getAttribute('lang')).toBe(articleLang);

		await page.reload();
		await expect(page.locator('[data-ready]')).toBeAttached({ timeout: 30_000 });
		await expect(page.getByRole('combobox', { name: 'Language' })).toHaveValue('en');
		await expect(page.getByRole('button', { name: 'Play' })).toBeAttached();
		await expect(page.getByRole('button', { name: '播放' })).toHaveCount(0);
	});
});

test.describe('with an English browser', () => {
	test.use({ locale: 'en-US' });

	test('English by default; 中文 chosen is remembered', async ({ page }) => {
		await load(page);
		await expect(page.getByRole('button', { name: 'Play' })).toBeAttached();
		await expect(page.getByRole('combobox', { name: 'Language' })).toHaveValue('en');
		await page.getByRole('combobox', { name: 'Language' }).selectOption('zh');
		await expect(page.getByRole('button', { name: '播放' })).toBeAttached();
		await expect(page.getByRole('button', { name: '键盘快捷键（?）' })).toBeVisible();
		await page.reload();
		await expect(page.locator('[data-ready]')).toBeAttached({ timeout: 30_000 });
		await expect(page.getByRole('button', { name: '播放' })).toBeAttached();
		await expect(page.getByRole('combobox', { name: '语言' })).toHaveValue('zh');
	});
});
