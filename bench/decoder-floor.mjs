import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The browser's own decoder, alone: every packet of an MP3 or Ogg Opus file (split by the app's own
 * frame and page readers) fed to one WebCodecs AudioDecoder — no demuxer library, no worker, no
 * reduction, no drawing. The floor for peaks computed through WebCodecs on this machine; printed
 * beside ffmpeg's single-core decode for comparison.
 */

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
let bundled = '';

/** The app's MP3 frame and Ogg packet readers, bundled once for the page as `window.TandemSplit`. */
function splitters() {
	if (bundled) return bundled;
	const dir = join(root, 'bench', 'out', 'split');
	mkdirSync(dir, { recursive: true });
	const entry = join(dir, 'entry.ts');
	const peaks = join(root, 'src/lib/peaks');
	writeFileSync(
		entry,
		`export { OggPackets, opusHead } from '${peaks}/ogg';\nexport { mp3Header, id3v2Length, isTagFrame } from '${peaks}/mp3-frames';\n`
	);
	const file = join(dir, 'split.js');
	const r = spawnSync(
		'npx',
		['rolldown', entry, '--format', 'iife', '--name', 'TandemSplit', '--file', file],
		{ cwd: root, stdio: 'ignore' }
	);
	if (r.status !== 0) throw new Error('could not bundle the MP3 and Ogg readers');
	return (bundled = file);
}

/** In-page: splits the chosen file into packets with the app's own readers and decodes them; resolves to seconds. */
const decodeAll = async ({ codec }) => {
	const { OggPackets, opusHead, mp3Header, id3v2Length, isTagFrame } = /** @type {any} */ (window)
		.TandemSplit;
	const file = /** @type {HTMLInputElement} */ (document.querySelector('#f')).files[0];
	const t0 = performance.now();
	const bytes = new Uint8Array(await file.arrayBuffer());
	/** @type {Uint8Array[]} */
	const packets = [];
	let sampleRate = 48000;
	let channels = 1;
	let description;
	if (codec === 'mp3') {
		for (
			let at = id3v2Length(bytes), header;
			(header = mp3Header(bytes, at));
			at += header.length
		) {
			sampleRate = header.sampleRate;
			channels = header.channels;
			if (!isTagFrame(bytes, at, header)) packets.push(bytes.subarray(at, at + header.length));
		}
	} else {
		new OggPackets().push(bytes, (packet) => packets.push(packet));
		description = packets.shift(); // OpusHead (the decoder's description), then OpusTags
		packets.shift();
		channels = opusHead(description).channels;
	}
	let failure = null;
	const decoder = new AudioDecoder({
		output: (data) => data.close(),
		error: (e) => (failure = e)
	});
	decoder.configure({
		codec: codec === 'mp3' ? 'mp3' : 'opus',
		sampleRate,
		numberOfChannels: channels,
		description
	});
	const frame = codec === 'mp3' ? (sampleRate >= 32000 ? 1152 : 576) / sampleRate : 0.02;
	for (let i = 0; i < packets.length; i++) {
		if (failure) throw failure;
		decoder.decode(
			new EncodedAudioChunk({
				type: 'key',
				timestamp: Math.round(i * frame * 1e6),
				data: packets[i]
			})
		);
		if (decoder.decodeQueueSize > 64)
			await new Promise((r) => decoder.addEventListener('dequeue', r, { once: true }));
	}
	await decoder.flush();
	if (failure) throw failure;
	return (performance.now() - t0) / 1000;
};

/**
 * Seconds the browser's WebCodecs decoder alone takes for `file` (`codec` 'mp3' or 'opus'), or null;
 * `origin`: any page of a secure context (WebCodecs needs one: localhost will do).
 */
export async function decoderFloor(launch, origin, file, codec) {
	const browser = await launch();
	try {
		const page = await browser.newPage();
		// A page of its own on the app's origin (the app's pages forbid inline scripts).
		const url = new URL('/__decoder-floor.html', origin).href;
		const script = readFileSync(splitters(), 'utf8');
		await page.route(url, (route) =>
			route.fulfill({
				contentType: 'text/html',
				body: `<!doctype html><input type="file" id="f"><script>${script}</script>`
			})
		);
		await page.goto(url);
		await page.locator('#f').setInputFiles(file);
		return await page.evaluate(decodeAll, { codec });
	} catch (error) {
		console.log(`  decoder floor for ${file}: ${String(error).split('\n')[0]}`);
		return null;
	} finally {
		await browser.close().catch(() => {});
	}
}
