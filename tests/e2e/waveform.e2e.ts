/** The waveform under the text: drawn from streamed peaks, regions per timeline entry, seeking through the player. */
import { expect, test, type Locator, type Page } from '@playwright/test';
import {
	currentTime,
	expectTime,
	gotoApp,
	openMedia,
	openTranscript,
	seekBar,
	timelineEntry,
	waveformLoudTimes
} from './app';
import { fixtureFile, makeTranscript, makeWav } from './media';

const entries = [
	{ time: 0, title: 'Opening words' },
	{ time: 20, title: 'The middle part' },
	{ time: 40, title: 'Closing words' }
];
const duration = 60;

function wav(name: string, seconds = duration): string {
	return fixtureFile(name, () =>
		makeWav({ duration: seconds, sampleRate: 8000, beeps: [0, 5, 20, 25, 40, 45], beepMs: 400 })
	);
}

function waveform(page: Page): Locator {
	return page.getByRole('group', { name: 'Waveform' });
}

/** Share of the waveform's pixel columns drawn taller than 40% of its height (loud parts; 0 when flat). */
async function loudColumns(page: Page): Promise<number> {
	const columns = await paintedColumns(page);
	return columns.length
		? columns.filter((c) => c.tall > c.height * 0.4).length / columns.length
		: 0;
}

async function openGenerated(page: Page): Promise<void> {
	await gotoApp(page);
	await openTranscript(page, {
		name: 'three.md',
		mimeType: 'text/markdown',
		buffer: Buffer.from(makeTranscript(entries))
	});
	await openMedia(page, wav('waveform-60s.wav'), duration);
}

test('the waveform appears, fills in from the streamed peaks and shows a region per entry', async ({
	page
}) => {
	await openGenerated(page);
	await expect(waveform(page)).toBeVisible();
	await expect(page.locator('[data-peaks="ready"]')).toBeAttached({ timeout: 30_000 });
	// Six 0.4 s beeps in 60 s: about 4% of the width is loud, the rest silence.
	await expect.poll(() => loudColumns(page), { timeout: 15_000 }).toBeGreaterThan(0.02);
	expect(await loudColumns(page)).toBeLessThan(0.2);
	for (const e of entries) {
		await expect(waveform(page).locator(`[title$="${e.title}"]`)).toHaveCount(1);
	}
	await expect(waveform(page).locator('[data-current]')).toHaveAttribute('title', /Opening words/);
});

/** Opaque pixels of every pixel column of the waveform's canvases (progress copies included), and their canvas' height. */
async function paintedColumns(page: Page): Promise<{ tall: number; height: number }[]> {
	return page.evaluate(() => {
		const root = document.querySelector('[data-peaks]')?.querySelector('div')?.shadowRoot;
		const columns: { tall: number; height: number }[] = [];
		for (const c of root?.querySelectorAll('canvas') ?? []) {
			if (!c.width || !c.height) continue;
			const data = c.getContext('2d')?.getImageData(0, 0, c.width, c.height).data;
			if (!data) continue;
			for (let x = 0; x < c.width; x++) {
				let tall = 0;
				for (let y = 0; y < c.height; y++) if (data[(y * c.width + x) * 4 + 3]! > 0) tall++;
				columns.push({ tall, height: c.height });
			}
		}
		return columns;
	});
}

/** Height (opaque pixels) of every pixel column of the waveform's canvases, the progress copies included. */
async function columnHeights(page: Page): Promise<number[]> {
	return (await paintedColumns(page)).map((c) => c.tall);
}

test('peaks arriving in many small chunks are painted as one drawing of them all would be', async ({
	page
}) => {
	// The peaks worker's chunks reach the page cut in eight, 40 ms apart (after the waveform is made),
	// so the page paints them piece by piece into the canvases it has.
	await page.addInitScript(() => {
		const NativeWorker = window.Worker;
		const native = Object.getOwnPropertyDescriptor(NativeWorker.prototype, 'onmessage')!;
		const later = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
		window.Worker = class extends NativeWorker {
			constructor(url: string | URL, options?: WorkerOptions) {
				super(url, options);
				if (!String(url).includes('peaks')) return;
				Object.defineProperty(this, 'onmessage', {
					set(handler: (event: MessageEvent) => void) {
						let chain = Promise.resolve();
						native.set!.call(this, (event: MessageEvent) => {
							const m = event.data as {
								type: string;
								from: number;
								min: Float32Array;
								max: Float32Array;
							};
							const deliver = (data: unknown) => handler(new MessageEvent('message', { data }));
							chain = chain.then(async () => {
								if (m.type !== 'chunk') return deliver(m);
								await later(300);
								const step = Math.ceil(m.min.length / 8);
								for (let i = 0; i < m.min.length; i += step) {
									deliver({
										...m,
										from: m.from + i,
										min: m.min.slice(i, i + step),
										max: m.max.slice(i, i + step)
									});
									await later(40);
								}
							});
						});
					}
				});
			}
		};
	});
	await openGenerated(page);
	await expect(page.locator('[data-peaks="ready"]')).toBeAttached({ timeout: 30_000 });
	await expect.poll(() => loudColumns(page), { timeout: 15_000 }).toBeGreaterThan(0.02);
	// Two frames for the last paint, then the drawing as painted piece by piece…
	await page.evaluate(
		() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))
	);
	const painted = await columnHeights(page);
	// …and as wavesurfer draws it whole (zooming in and back out redraws every canvas).
	await waveform(page).getByRole('button', { name: 'Zoom in' }).click();
	await waveform(page).getByRole('button', { name: 'Zoom out' }).click();
	await expect(waveform(page).getByRole('button', { name: 'Zoom out' })).toBeDisabled();
	await expect.poll(async () => (await columnHeights(page)).length).toBe(painted.length);
	const whole = await columnHeights(page);
	expect(painted.length).toBeGreaterThan(100);
	const differ = painted.filter((h, x) => Math.abs(h - whole[x]!) > 1).length;
	expect(differ / painted.length).toBeLessThan(0.01);
	expect(painted.filter((h) => h > 20).length).toBeGreaterThan(painted.length * 0.02);

	// Zoomed in, each canvas shows its own stretch of the recording: the loud columns are the beeps.
	await waveform(page).getByRole('button', { name: 'Zoom in' }).click();
	await expect(waveform(page).getByRole('button', { name: 'Zoom out' })).toBeEnabled();
	const loudTimes = () => waveformLoudTimes(page, duration);
	await expect.poll(async () => (await loudTimes()).length).toBeGreaterThan(0);
	const times = await loudTimes();
	const beeps = [0, 5, 20, 25, 40, 45];
	for (const t of times) expect(beeps.some((b) => t > b - 0.5 && t < b + 1)).toBe(true);
	expect(times.some((t) => t > 4.5 && t < 6)).toBe(true);
});

test('a click on a region seeks there through the player; its label seeks to the section start', async ({
	page
}) => {
	await openGenerated(page);
	const wave = page.locator('[data-peaks]');
	await expect(page.locator('[data-peaks="ready"]')).toBeAttached({ timeout: 30_000 });
	const box = (await wave.boundingBox())!;
	await wave.click({ position: { x: box.width * 0.75, y: box.height * 0.8 } });
	await expectTime(page, duration * 0.75, 1.5);
	await expect(waveform(page).locator('[data-current]')).toHaveAttribute('title', /Closing words/);

	await waveform(page).getByText('The middle part').click();
	await expectTime(page, 20, 0.05);
	await expect(waveform(page).locator('[data-current]')).toHaveAttribute(
		'title',
		/The middle part/
	);
	expect(await currentTime(page)).toBeCloseTo(20, 1);
});

test('opening three files in a row leaves no busy peaks worker, one hashing worker and only the open file’s object URL', async ({
	page
}) => {
	await page.addInitScript(() => {
		const live = { workers: 0, busy: 0, jobs: 0, hashers: 0, urls: new Set<string>() };
		(window as unknown as { __live: typeof live }).__live = live;
		const NativeWorker = window.Worker;
		window.Worker = class extends NativeWorker {
			// Peaks workers only: the page also keeps one idle parse worker ready for a large transcript.
			#alive = false;
			#busy = false;
			constructor(url: string | URL, options?: WorkerOptions) {
				super(url, options);
				// The files' identities are hashed by one worker, kept between files.
				if (String(url).includes('hash')) live.hashers++;
				if (!String(url).includes('peaks')) return;
				this.#alive = true;
				live.workers++;
			}
			// A peaks worker is busy from the file it is given on (one started ahead waits for one).
			override postMessage(
				message: unknown,
				options?: Transferable[] | StructuredSerializeOptions
			): void {
				if (this.#alive && (message as { type?: string }).type === 'peaks') {
					this.#busy = true;
					live.busy++;
					live.jobs++;
				}
				super.postMessage(message, options as StructuredSerializeOptions);
			}
			override terminate(): void {
				if (this.#alive) live.workers--;
				if (this.#busy) live.busy--;
				this.#alive = this.#busy = false;
				super.terminate();
			}
		};
		const create = URL.createObjectURL.bind(URL);
		const revoke = URL.revokeObjectURL.bind(URL);
		URL.createObjectURL = (obj: Blob | MediaSource) => {
			const url = create(obj);
			live.urls.add(url);
			return url;
		};
		URL.revokeObjectURL = (url: string) => {
			live.urls.delete(url);
			revoke(url);
		};
	});
	await gotoApp(page);
	const files = [wav('cycle-a.wav', 300), wav('cycle-b.wav', 240), wav('cycle-c.wav', 180)];
	// The first two are replaced while their peaks are still being computed.
	for (const file of files) await page.getByLabel('Media file').setInputFiles(file);
	await expect(page.getByRole('button', { name: 'Play' })).toBeEnabled();
	await expect
		.poll(
			() =>
				page.evaluate(() =>
					Number(document.querySelector('[data-peaks]')?.getAttribute('data-peaks') === 'ready')
				),
			{
				timeout: 30_000
			}
		)
		.toBe(1);
	type Live = { workers: number; busy: number; jobs: number; hashers: number; urls: Set<string> };
	const live = () =>
		page.evaluate(() => {
			const l = (window as unknown as { __live: Live }).__live;
			return {
				workers: l.workers,
				busy: l.busy,
				jobs: l.jobs,
				hashers: l.hashers,
				urls: l.urls.size
			};
		});
	// Every job's worker ends (the replaced files' too); at most one waits, idle, for the next file.
	await expect.poll(async () => (await live()).busy).toBe(0);
	const { workers, jobs, hashers, urls } = await live();
	expect(workers).toBeLessThanOrEqual(1);
	expect(jobs).toBeGreaterThanOrEqual(1);
	expect(hashers).toBe(1);
	expect(urls).toBe(1);
	expect(await page.locator('[data-peaks]').count()).toBe(1);
	expect(
		await page.evaluate(() => document.querySelectorAll('audio, video').length)
	).toBeLessThanOrEqual(1);
});

test('a file opened again is drawn from the cache: the same waveform, no peaks worker given it', async ({
	page
}) => {
	await page.addInitScript(() => {
		// Peaks workers made, the one waiting (its index: 1 = the first made; 0 = none), files given
		// to one, and which one got the first.
		const made = { peaks: 0, waiting: 0, jobs: 0, first: 0 };
		(window as unknown as { __made: typeof made }).__made = made;
		const NativeWorker = window.Worker;
		window.Worker = class extends NativeWorker {
			#index = 0;
			constructor(url: string | URL, options?: WorkerOptions) {
				super(url, options);
				if (String(url).includes('peaks')) this.#index = made.waiting = ++made.peaks;
			}
			override postMessage(
				message: unknown,
				options?: Transferable[] | StructuredSerializeOptions
			): void {
				if ((message as { type?: string }).type === 'peaks') {
					if (!made.jobs++) made.first = this.#index;
					if (made.waiting === this.#index) made.waiting = 0;
				}
				super.postMessage(message, options as StructuredSerializeOptions);
			}
			override terminate(): void {
				if (made.waiting === this.#index) made.waiting = 0;
				super.terminate();
			}
		};
	});
	type Made = { peaks: number; waiting: number; jobs: number; first: number };
	const made = () => page.evaluate(() => (window as unknown as { __made: Made }).__made);
	const peaksWorkers = async () => (await made()).jobs;
	// Once the page is idle, a peaks worker is started for the file to come; it is the one given it.
	// (One still warming when a transcript is chosen is stopped, and another started once it is read.)
	await gotoApp(page);
	await expect.poll(async () => (await made()).peaks, { timeout: 10_000 }).toBeGreaterThan(0);
	const ready = page.locator('[data-peaks="ready"]');
	await openTranscript(page, {
		name: 'three.md',
		mimeType: 'text/markdown',
		buffer: Buffer.from(makeTranscript(entries))
	});
	await expect.poll(async () => (await made()).waiting, { timeout: 10_000 }).toBeGreaterThan(0);
	const waiting = (await made()).waiting;
	await openMedia(page, wav('waveform-60s.wav'), duration);
	await expect(ready).toBeAttached({ timeout: 30_000 });
	expect(await made()).toMatchObject({ jobs: 1, first: waiting });
	await expect.poll(() => loudColumns(page), { timeout: 15_000 }).toBeGreaterThan(0.02);
	const first = await columnHeights(page);
	// Stored once drawn (the worker writes the cache, then ends).
	const stored = () =>
		page.evaluate(
			() =>
				new Promise<number>((resolve) => {
					const open = indexedDB.open('tandem-peaks');
					open.onerror = () => resolve(-1);
					open.onsuccess = () => {
						const db = open.result;
						if (!db.objectStoreNames.contains('peaks')) return resolve(0);
						const count = db.transaction('peaks').objectStore('peaks').count();
						count.onsuccess = () => resolve(count.result);
						count.onerror = () => resolve(-1);
					};
				})
		);
	await expect.poll(stored).toBe(1);

	// A new visit (the cache is IndexedDB: it outlives the page) opens the same file.
	await gotoApp(page);
	await openMedia(page, wav('waveform-60s.wav'), duration);
	await expect(ready).toBeAttached();
	await expect.poll(() => columnHeights(page)).toEqual(first);
	expect(await peaksWorkers()).toBe(0);
});

test('zoomed in, the view pages along with playback but not against the reader who scrolled it away', async ({
	page
}) => {
	await openGenerated(page);
	await expect(page.locator('[data-peaks="ready"]')).toBeAttached({ timeout: 30_000 });
	const view = () =>
		page.evaluate(() => {
			const scroll = document
				.querySelector('[data-peaks]')
				?.querySelector('div')
				?.shadowRoot?.querySelector('.scroll');
			return { left: scroll?.scrollLeft ?? -1, width: scroll?.clientWidth ?? 0 };
		});
	for (let i = 0; i < 4; i++) await waveform(page).getByRole('button', { name: 'Zoom in' }).click();
	await page.getByRole('button', { name: 'Play', exact: true }).click();
	await expect.poll(() => currentTime(page)).toBeGreaterThan(0.5);
	const { width } = await view();
	const pxPerSec = (16 * width) / duration;

	// The reader scrolls the waveform well ahead of the cursor (half a minute of it): it stays where
	// they put it, the cursor out of view behind it, rather than being paged back to the cursor.
	const cursorX = async () => (await currentTime(page)) * pxPerSec - (await view()).left;
	const box = (await page.locator('[data-peaks]').boundingBox())!;
	await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
	await page.mouse.wheel(8 * width, 0);
	await expect.poll(cursorX).toBeLessThan(-width);
	const theirs = (await view()).left;
	const before = await currentTime(page);
	await page.waitForTimeout(1500);
	expect(await currentTime(page)).toBeGreaterThan(before + 0.5);
	expect((await view()).left).toBe(theirs);

	// A seek elsewhere (the timeline's 00:20) brings paging back: the view goes to the cursor.
	await timelineEntry(page, '00:20').click();
	await expect
		.poll(async () => {
			const x = await cursorX();
			return x >= 0 && x <= width;
		})
		.toBe(true);
});

test.describe('a long transcript', () => {
	const count = 2000;
	const long = Array.from({ length: count }, (_, i) => ({ time: i, title: `Part ${i + 1}` }));

	test('renders a window of sections; after a seek far away the current one is in the DOM and on screen', async ({
		page
	}) => {
		await gotoApp(page);
		await openTranscript(page, {
			name: 'long.md',
			mimeType: 'text/markdown',
			buffer: Buffer.from(makeTranscript(long))
		});
		const article = page.getByRole('article', { name: 'Transcript' });
		await expect(
			article.getByRole('heading', { level: 2, name: 'Part 1', exact: true })
		).toBeVisible();
		const rendered = await article.locator('section').count();
		expect(rendered).toBeGreaterThan(20);
		expect(rendered).toBeLessThan(count / 2);

		await openMedia(
			page,
			fixtureFile('long-2000s.wav', () => makeWav({ duration: count + 5, sampleRate: 4000 })),
			count + 5
		);
		// Every scroll position the page passes through from here on: a jump this far is made at once,
		// not scrolled smoothly through ~300,000 px of spacers (seconds of blank page on longer ones).
		const passed = async () => page.evaluate(() => (window as unknown as { __ys: number[] }).__ys);
		await page.evaluate(() => {
			const w = window as unknown as { __ys: number[] };
			w.__ys = [];
			window.addEventListener('scroll', () => w.__ys.push(window.scrollY), { passive: true });
		});
		await seekBar(page).fill('1900.5');
		await expectTime(page, 1900.5, 0.05);
		const target = article.locator('section').filter({
			has: page.getByRole('heading', { level: 2, name: 'Part 1901', exact: true })
		});
		await expect(target).toHaveAttribute('aria-current', 'true');
		await expect(target).toBeInViewport();
		const landed = await page.evaluate(() => window.scrollY);
		const screen = page.viewportSize()!.height;
		for (const y of await passed()) expect(Math.abs(y - landed)).toBeLessThan(2 * screen);
		await expect(article.locator('[aria-current="true"]')).toHaveCount(1);
		await expect(
			page.getByRole('navigation', { name: 'Timeline' }).locator('[aria-current="true"]')
		).toHaveText(/Part 1901/);

		// Back near the start: the window moves again.
		await seekBar(page).fill('10.5');
		await expect(
			article.locator('section').filter({
				has: page.getByRole('heading', { level: 2, name: 'Part 11', exact: true })
			})
		).toHaveAttribute('aria-current', 'true');
		expect(await article.locator('section').count()).toBeLessThan(count / 2);
	});
});
