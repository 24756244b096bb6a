/**
 * `npm run bench`: builds the app, serves it, drives it in Chromium (Playwright) and prints the
 * figures of issue 5 side by side with their baselines; writes bench/results.json.
 * Options: --quick (smaller inputs, a minute or two), --no-build (reuse build/),
 * --only=lag,big,big20,parse,peaks (run just those figures; results.json then holds just them).
 */
import { chromium } from '@playwright/test';
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beepWav, encoded, ffmpegDecodeSeconds, hasFfmpeg, save } from './media.mjs';
import { bigTranscript } from './transcripts.mjs';
import { decoderFloor } from './decoder-floor.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'bench', 'out'); // generated inputs (ignored by git)
const quick = process.argv.includes('--quick');
const only = process.argv
	.find((a) => a.startsWith('--only='))
	?.slice('--only='.length)
	.split(',');
/** True when the figure group `name` is to be measured in this run. */
const wanted = (name) => !only || only.includes(name);
const port = Number(process.env.TANDEM_PORT ?? 4174);
const executablePath =
	process.env.TANDEM_CHROMIUM ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const base = `http://localhost:${port}`;
/** @type {{name: string, unit: string, ours: number|null, baseline: number|null, limit: number|null, target: string, met: boolean|null}[]} */
const results = [];

function record(name, unit, ours, baseline, limit, target, met) {
	const r = {
		name,
		unit,
		ours: round(ours),
		baseline: round(baseline),
		limit: round(limit),
		target,
		met
	};
	results.push(r);
	// Written as it goes: an interrupted run keeps the figures measured so far.
	writeFileSync(join(root, 'bench', 'results.json'), JSON.stringify(results, null, '\t') + '\n');
	console.log(
		`  ${name}: ${fmt(r.ours)} ${unit}${r.baseline !== null ? ` (baseline ${fmt(r.baseline)})` : ''}${r.limit !== null ? ` (limit ${fmt(r.limit)})` : ''}`
	);
}
const round = (x) =>
	x === null || x === undefined || !Number.isFinite(x) ? null : Math.round(x * 100) / 100;
const fmt = (x) => (x === null ? 'n/a' : String(x));
const pct = (xs, p) => {
	const s = [...xs].sort((a, b) => a - b);
	return s.length ? s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] : null;
};

async function launch() {
	return chromium.launch({
		executablePath,
		args: [
			'--autoplay-policy=no-user-gesture-required',
			'--enable-precise-memory-info',
			'--disable-gpu',
			'--js-flags=--expose-gc'
		]
	});
}

/** Opens the app and waits for hydration; `init` runs before the page's scripts. */
async function openApp(browser, init) {
	const page = await browser.newPage();
	if (init) await page.addInitScript(init);
	await page.goto(base);
	await page.waitForSelector('[data-ready]', { state: 'attached', timeout: 60_000 });
	return page;
}

/** Opens `path` as the media and waits until Play can be pressed. */
async function openMedia(page, path) {
	await page.getByLabel('Media file').setInputFiles(path);
	await page.waitForFunction(() => {
		const play = document.querySelector('button[aria-label="Play"]');
		return play !== null && !play.hasAttribute('disabled');
	});
}

/** Resident memory (MB) of the renderer processes of the browser behind `cdp` (a browser CDP session). */
async function rendererRss(cdp) {
	const { processInfo } = await cdp.send('SystemInfo.getProcessInfo');
	let kb = 0;
	for (const p of processInfo) {
		if (p.type !== 'renderer') continue;
		try {
			kb += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p.id}/status`, 'utf8'))?.[1] ?? 0);
		} catch {
			// gone
		}
	}
	return kb / 1024;
}

/** Samples peak JS heap (MB, main thread) and renderer RSS (MB) until stopped. */
async function sampler(browser, page) {
	let heap = 0;
	let rss = 0;
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Performance.enable');
	const top = await browser.newBrowserCDPSession();
	let busy = false;
	const tick = async () => {
		if (busy) return;
		busy = true;
		try {
			rss = Math.max(rss, await rendererRss(top));
			const { metrics } = await cdp.send('Performance.getMetrics');
			heap = Math.max(
				heap,
				(metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0) / 2 ** 20
			);
		} catch {
			// page busy or closed
		} finally {
			busy = false;
		}
	};
	const timer = setInterval(() => void tick(), 250);
	return { stop: async () => (clearInterval(timer), await tick(), { heap, rss }) };
}

/** In-page: records the main thread's longest stall (a 20 ms timer's lateness) and long tasks. */
const stallMonitor = () => {
	const w = /** @type {any} */ (window);
	w.__stall = { max: 0, long: 0, longMax: 0 };
	let last = performance.now();
	// Counted from the moment a file is chosen (page start-up, and the test driver's own work in the
	// page to find the file input, are not part of the figure).
	document.addEventListener(
		'change',
		() => {
			w.__stall = { max: 0, long: 0, longMax: 0 };
			last = performance.now();
		},
		{ capture: true }
	);
	setInterval(() => {
		const now = performance.now();
		w.__stall.max = Math.max(w.__stall.max, now - last - 20);
		last = now;
	}, 20);
	new PerformanceObserver((list) => {
		for (const e of list.getEntries()) {
			w.__stall.long++;
			w.__stall.longMax = Math.max(w.__stall.longMax, e.duration);
		}
	}).observe({ type: 'longtask', buffered: true });
};

// ---------------------------------------------------------------------------------------------
async function highlightLag(browser) {
	console.log('\n1. Highlight lag after a boundary (real playback)');
	const duration = quick ? 40 : 70;
	const count = Math.round(duration / 0.7);
	const md = bigTranscript({ count, duration, title: 'Boundaries' });
	const starts = Array.from(
		{ length: count },
		(_, i) => Math.round(((i * duration) / count) * 100) / 100
	);
	const wav = save(out, `beeps-${duration}s.wav`, beepWav(duration + 2, starts));
	const mdPath = save(out, `boundaries-${count}.md`, md);
	const page = await openApp(browser, () => {
		const w = /** @type {any} */ (window);
		const play = HTMLMediaElement.prototype.play;
		HTMLMediaElement.prototype.play = function () {
			w.__media = this;
			w.__onPlay?.(this);
			return play.call(this);
		};
	});
	await page.getByLabel('Transcript file').setInputFiles(mdPath);
	await page.waitForFunction(() =>
		document.querySelector('article h2')?.textContent?.includes('Part 1')
	);
	await openMedia(page, wav);
	await page.evaluate((starts) => {
		const w = /** @type {any} */ (window);
		w.__ours = [];
		w.__base = [];
		const locate = (t) => {
			let lo = 0,
				hi = starts.length - 1,
				f = -1;
			while (lo <= hi) {
				const mid = (lo + hi) >> 1;
				if (starts[mid] <= t) {
					f = mid;
					lo = mid + 1;
				} else hi = mid - 1;
			}
			return f;
		};
		// Tandem: the moment aria-current lands on section k (its heading is "Part k+1").
		new MutationObserver((records) => {
			const m = w.__media;
			if (!m) return;
			for (const r of records) {
				const el = /** @type {Element} */ (r.target);
				if (el.tagName !== 'SECTION' || el.getAttribute('aria-current') !== 'true') continue;
				const k = Number(/Part (\d+)/.exec(el.querySelector('h2')?.textContent ?? '')?.[1]) - 1;
				if (k > 0) w.__ours.push({ k, t: m.currentTime, rate: m.playbackRate });
			}
		}).observe(document.querySelector('article'), {
			attributes: true,
			attributeFilter: ['aria-current'],
			subtree: true
		});
		// Baseline: the same lookup driven by the media element's timeupdate events.
		let current = -1;
		const sink = document.createElement('div');
		w.__onPlay = (m) => {
			if (m.__bound) return;
			m.__bound = true;
			m.addEventListener('timeupdate', () => {
				const k = locate(m.currentTime);
				if (k !== current) {
					current = k;
					sink.dataset.k = String(k);
					if (k > 0) w.__base.push({ k, t: m.currentTime, rate: m.playbackRate });
				}
			});
		};
	}, starts);
	await page.locator('button[aria-label="Play"]').click();
	await page.waitForTimeout((duration + 1.5) * 1000);
	const { ours, baseline } = await page.evaluate(() => ({
		ours: window.__ours,
		baseline: window.__base
	}));
	await page.close();
	const lags = (list) =>
		list.filter((x) => x.k < starts.length).map((x) => ((x.t - starts[x.k]) / x.rate) * 1000);
	const a = lags(ours);
	const b = lags(baseline);
	console.log(`  boundaries: ours ${a.length}, baseline ${b.length}`);
	for (const p of [50, 95]) {
		const ok = p === 95 ? pct(a, 95) <= 17 && pct(b, 95) >= 10 * pct(a, 95) : null;
		record(
			`highlight lag p${p}`,
			'ms',
			pct(a, p),
			pct(b, p),
			null,
			p === 95 ? '≤ 17 ms and ≥ 10× better than timeupdate' : '',
			ok
		);
	}
	record('highlight lag max', 'ms', Math.max(...a), Math.max(...b), null, '', null);
	record('boundaries measured', 'count', a.length, b.length, null, '≥ 50', a.length >= 50);
}

// ---------------------------------------------------------------------------------------------
async function bigTranscriptFigures(browser) {
	console.log('\n2–3. A 10-hour, 50,000-cue transcript');
	const mdPath = save(
		out,
		'cues-50000.md',
		bigTranscript({ count: 50_000, duration: 36_000, title: 'Ten hours' })
	);
	const wav = save(out, 'beeps-60s.wav', beepWav(60, []));
	const page = await openApp(browser, stallMonitor);
	const cdp = await page.context().newCDPSession(page);
	// Chosen a second after the page is ready, as a reader would (the page loads the large-file
	// reader in that time); the figure runs from the choice to the first part highlighted, which a
	// long transcript's outline brings before the whole is read.
	await page.waitForTimeout(1000);
	await page.evaluate(() => {
		const w = /** @type {any} */ (window);
		document.addEventListener('change', () => (w.__chosen = performance.now()), { capture: true });
		new MutationObserver(() => {
			if (w.__first) return;
			const el = document.querySelector('article section[aria-current="true"] h2');
			if (el?.textContent?.includes('Part 1')) w.__first = performance.now();
		}).observe(document.body, {
			attributes: true,
			subtree: true,
			attributeFilter: ['aria-current']
		});
	});
	await page.getByLabel('Transcript file').setInputFiles(mdPath);
	await page.waitForFunction(() => window.__first, null, { timeout: 180_000 });
	const open = await page.evaluate(() => window.__first - window.__chosen);
	// The heap and the frames below are measured with the whole read (the reading notice gone).
	await page.waitForFunction(() => !document.querySelector('.reading'), null, { timeout: 180_000 });
	await cdp.send('HeapProfiler.collectGarbage');
	await cdp.send('Performance.enable');
	const { metrics } = await cdp.send('Performance.getMetrics');
	const heap = (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0) / 2 ** 20;
	const nodes = await page.evaluate(() => document.getElementsByTagName('*').length);
	record(
		'open 50k-cue transcript: time to first highlighted cue',
		'ms',
		open,
		null,
		null,
		'≤ 1000 ms',
		open <= 1000
	);
	record(
		'open 50k-cue transcript: JS heap after GC',
		'MB',
		heap,
		null,
		null,
		'≤ 150 MB',
		heap <= 150
	);
	record('open 50k-cue transcript: DOM elements', 'count', nodes, null, null, 'windowed', null);

	// 2. Script time per animation frame while playing (rAF callbacks plus the effects they flush).
	await openMedia(page, wav);
	// Played once the media's waveform is drawn: its computing (measured by the peaks figures, with
	// their stalls) would otherwise overlap the first frames of playback.
	await page.waitForFunction(() =>
		['ready', 'unavailable'].includes(
			document.querySelector('[data-peaks]')?.getAttribute('data-peaks') ?? ''
		)
	);
	await page.evaluate(() => {
		const w = /** @type {any} */ (window);
		w.__frames = new Map();
		w.__long = 0;
		new PerformanceObserver((l) => (w.__long += l.getEntries().length)).observe({
			type: 'longtask'
		});
		const raf = window.requestAnimationFrame.bind(window);
		window.requestAnimationFrame = (cb) =>
			raf((ts) => {
				const t0 = performance.now();
				cb(ts);
				queueMicrotask(() =>
					w.__frames.set(ts, (w.__frames.get(ts) ?? 0) + performance.now() - t0)
				);
			});
	});
	await page.locator('button[aria-label="Play"]').click();
	await page.waitForTimeout(quick ? 5000 : 12_000);
	const { frames, long } = await page.evaluate(() => ({
		frames: [...window.__frames.values()],
		long: window.__long
	}));
	const moved = await page.evaluate(
		() => document.querySelector('article section[aria-current="true"] h2')?.textContent
	);
	await page.close();
	console.log(`  frames: ${frames.length}; highlighted at the end: ${moved}`);
	record(
		'script time per frame p95 (50k cues, playing)',
		'ms',
		pct(frames, 95),
		null,
		null,
		'≤ 1 ms',
		pct(frames, 95) <= 1
	);
	record(
		'script time per frame max (50k cues, playing)',
		'ms',
		Math.max(...frames),
		null,
		null,
		'',
		null
	);
	record('long tasks > 50 ms while playing', 'count', long, null, null, '0', long === 0);
}

// ---------------------------------------------------------------------------------------------
async function bigOpenFigures(browser) {
	console.log('\n3b. A 20 MB transcript opened while playing (longest main-thread task)');
	const mdPath = save(
		out,
		'sections-2100-20mb.md',
		bigTranscript({ count: 2100, duration: 63_000, bodyBytes: 9500, title: 'Very long' })
	);
	const wav = save(out, 'beeps-60s.wav', beepWav(60, []));
	const page = await openApp(browser);
	await openMedia(page, wav);
	await page.locator('button[aria-label="Play"]').click();
	await page.evaluate(() => {
		const w = /** @type {any} */ (window);
		w.__tasks = [];
		new PerformanceObserver((l) => {
			for (const e of l.getEntries()) w.__tasks.push(e.duration);
		}).observe({ type: 'longtask' });
		document.addEventListener('change', () => (w.__chosen = performance.now()), { capture: true });
	});
	await page.locator('input[accept^=".md"]').setInputFiles(mdPath);
	await page.waitForFunction(
		() => {
			const w = /** @type {any} */ (window);
			const shown =
				document.querySelector('h1')?.textContent === 'Very long' &&
				document.querySelector('article h2');
			if (shown && !w.__shown) w.__shown = performance.now();
			return shown;
		},
		null,
		{ timeout: 180_000, polling: 100 }
	);
	await page.waitForTimeout(1500);
	const { tasks, shown } = await page.evaluate(() => ({
		tasks: window.__tasks,
		shown: window.__shown - window.__chosen
	}));
	await page.close();
	const longest = Math.max(0, ...tasks);
	console.log(`  long tasks (ms): ${tasks.map((t) => Math.round(t)).join(', ') || 'none'}`);
	record('20 MB transcript: shown after', 'ms', shown, null, null, '', null);
	record(
		'20 MB transcript: longest main-thread task while loading',
		'ms',
		longest,
		null,
		null,
		'≤ 200 ms',
		longest <= 200
	);
}

// ---------------------------------------------------------------------------------------------
async function parseFigures() {
	console.log('\n4. Parse + align (Node)');
	// A directory, not one file: the core has dynamic imports (caption parsers), so it is bundled in chunks.
	const bundle = join(out, 'parse');
	const r = spawnSync(
		'npx',
		[
			'rolldown',
			join(root, 'src/lib/transcript/formats/index.ts'),
			'--format',
			'esm',
			'--platform',
			'node',
			'-d',
			bundle
		],
		{ cwd: root, stdio: 'ignore' }
	);
	if (r.status !== 0) throw new Error('could not bundle the transcript core');
	const { parseTranscript } = await import(join(bundle, 'index.js'));
	const big = bigTranscript({
		count: 20_000,
		duration: 36_000,
		bodyBytes: 980,
		title: 'Twenty megabytes'
	});
	const inputs = [
		['interview', readFileSync(join(root, 'static/transcripts/interview.md'), 'utf8')],
		[`generated ${(big.length / 1e6).toFixed(1)} MB / 20,000 sections`, big]
	];
	for (const [name, text] of inputs) {
		const times = [];
		for (let i = 0; i < (quick ? 2 : 4); i++) {
			const t0 = performance.now();
			parseTranscript(text, `${name}.md`);
			times.push(performance.now() - t0);
		}
		const ms = Math.min(...times.slice(1));
		record(`parse + align: ${name}`, 'ms', ms, null, null, '≤ 500 ms', ms <= 500);
	}
}

// ---------------------------------------------------------------------------------------------
/**
 * Peaks by Tandem's worker (the app itself) for `file`: wall s, peak heap, peak RSS, max stall. The
 * file is chosen a second after the page is ready, as a reader takes at least that to choose one (the
 * page starts the waveform's worker in that time, when it is idle).
 */
async function oursPeaks(file, timeout) {
	const browser = await launch();
	try {
		const page = await openApp(browser, stallMonitor);
		await page.waitForTimeout(1000);
		await page.evaluate(() =>
			document.addEventListener('change', () => (window.__t0 = performance.now()), {
				capture: true
			})
		);
		const s = await sampler(browser, page);
		await page.getByLabel('Media file').setInputFiles(file);
		const ok = await page
			.waitForFunction(
				() => {
					const st = document.querySelector('[data-peaks]')?.getAttribute('data-peaks');
					return st === 'ready' || st === 'unavailable' ? st : null;
				},
				null,
				{ timeout, polling: 100 }
			)
			.then((h) => h.jsonValue())
			.catch(() => 'timeout');
		const wall = await page.evaluate(() => (performance.now() - window.__t0) / 1000);
		const stall = await page.evaluate(() => window.__stall);
		const mem = await s.stop();
		return { ok: ok === 'ready', why: ok, wall, ...mem, stall: stall.max };
	} finally {
		await browser.close();
	}
}

/** Peaks by wavesurfer's default loadBlob (decodes the whole file in the page). */
async function wavesurferPeaks(file, timeout) {
	const browser = await launch();
	try {
		const page = await browser.newPage();
		await page.setContent('<input type="file" id="f"><div id="w" style="width:1000px"></div>');
		await page.addScriptTag({
			path: join(root, 'node_modules/wavesurfer.js/dist/wavesurfer.min.js')
		});
		await page.evaluate(stallMonitor);
		const s = await sampler(browser, page);
		await page.locator('#f').setInputFiles(file);
		const t0 = Date.now();
		const outcome = await Promise.race([
			page
				.evaluate(async () => {
					const ws = window.WaveSurfer.create({ container: '#w', height: 60 });
					try {
						await ws.loadBlob(document.querySelector('#f').files[0]);
						return 'ready';
					} catch (e) {
						return `failed: ${e?.message ?? e}`;
					}
				})
				.catch((e) => `failed: ${String(e.message).split('\n')[0]}`),
			new Promise((r) => setTimeout(() => r('timeout'), timeout))
		]);
		const wall = (Date.now() - t0) / 1000;
		const stall = await page.evaluate(() => window.__stall).catch(() => ({ max: null }));
		const mem = await s.stop();
		return { ok: outcome === 'ready', why: outcome, wall, ...mem, stall: stall.max };
	} finally {
		await browser.close().catch(() => {});
	}
}

async function peaksFigures() {
	console.log('\n5. Waveform peaks');
	if (!hasFfmpeg()) {
		console.log(
			'  ffmpeg is not installed: skipped (install it to generate the MP3 and Opus files).'
		);
		results.push({
			name: 'waveform peaks',
			unit: 's',
			ours: null,
			baseline: null,
			limit: null,
			target: 'skipped: ffmpeg not installed',
			met: null
		});
		return;
	}
	const minutes = quick ? [10] : [10, 60, 180];
	for (const codec of ['mp3', 'opus']) {
		for (const min of minutes) {
			const file = encoded(join(out, 'media'), min, codec);
			const ceiling = ffmpegDecodeSeconds(file);
			const ours = await oursPeaks(file, 240_000);
			const ws = await wavesurferPeaks(file, 150_000);
			const tag = `${codec} ${min} min`;
			console.log(`  ${tag}: ours ${ours.why}, wavesurfer ${ws.why}`);
			record(
				`peaks ${tag}: wall time`,
				's',
				ours.ok ? ours.wall : null,
				ws.ok ? ws.wall : null,
				ceiling,
				'≤ 1.5 × ffmpeg',
				ours.ok && ceiling ? ours.wall <= 1.5 * ceiling : false
			);
			// What the browser's decoder alone takes (no app code): the floor for any in-browser peaks.
			const floor = await decoderFloor(launch, base, file, codec);
			record(
				`peaks ${tag}: the browser's decoder alone (WebCodecs, for reference)`,
				's',
				floor,
				null,
				ceiling,
				'reference',
				null
			);
			record(`peaks ${tag}: peak JS heap (main thread)`, 'MB', ours.heap, ws.heap, null, '', null);
			record(
				`peaks ${tag}: peak renderer memory`,
				'MB',
				ours.rss,
				ws.rss,
				null,
				'flat in duration',
				null
			);
			record(
				`peaks ${tag}: main-thread max stall`,
				'ms',
				ours.stall,
				ws.stall,
				null,
				'≤ 50 ms',
				ours.stall !== null ? ours.stall <= 50 : null
			);
			if (!ws.ok)
				record(
					`peaks ${tag}: wavesurfer default decode failed`,
					'text',
					null,
					null,
					null,
					ws.why,
					null
				);
		}
	}
}

// ---------------------------------------------------------------------------------------------
if (!process.argv.includes('--no-build')) {
	console.log('Building the app…');
	const b = spawnSync('npx', ['vite', 'build'], { cwd: root, stdio: 'ignore' });
	if (b.status !== 0) throw new Error('vite build failed');
}
const server = spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort'], {
	cwd: root,
	stdio: 'ignore',
	detached: true
});
try {
	for (let i = 0; i < 100; i++) {
		if (
			await fetch(base).then(
				(r) => r.ok,
				() => false
			)
		)
			break;
		await new Promise((r) => setTimeout(r, 200));
	}
	const browser = await launch();
	try {
		if (wanted('lag')) await highlightLag(browser);
		if (wanted('big')) await bigTranscriptFigures(browser);
		if (wanted('big20')) await bigOpenFigures(browser);
	} finally {
		await browser.close();
	}
	if (wanted('parse')) await parseFigures();
	if (wanted('peaks')) await peaksFigures();
} finally {
	try {
		process.kill(-server.pid);
	} catch {
		// already gone
	}
}

writeFileSync(join(root, 'bench', 'results.json'), JSON.stringify(results, null, '\t') + '\n');
console.log('\n' + ['figure', 'unit', 'ours', 'baseline', 'limit', 'target', 'met'].join(' | '));
for (const r of results)
	console.log(
		[
			r.name,
			r.unit,
			fmt(r.ours),
			fmt(r.baseline),
			fmt(r.limit),
			r.target,
			r.met === null ? '' : r.met ? 'yes' : 'NO'
		].join(' | ')
	);
console.log(`\nWrote bench/results.json${quick ? ' (quick run)' : ''}.`);
process.exit(0); // browsers and the server are closed; nothing else to wait for
