/**
 * The browser's own decoder, alone: every packet of an MP3 or Ogg Opus file fed to one WebCodecs
 * AudioDecoder (no demuxer library, no worker, no reduction, no drawing). What no in-browser peaks
 * computation can beat on this machine; printed beside ffmpeg's single-core decode for comparison.
 */

/** In-page: splits `bytes` into packets and decodes them; resolves to seconds, or throws. */
const decodeAll = async ({ codec }) => {
	const file = /** @type {HTMLInputElement} */ (document.querySelector('#f')).files[0];
	const t0 = performance.now();
	const bytes = new Uint8Array(await file.arrayBuffer());
	/** @type {Uint8Array[]} */
	const packets = [];
	let sampleRate = 48000;
	let channels = 1;
	let description;
	if (codec === 'mp3') {
		let at = 0;
		if (bytes[0] === 0x49 && bytes[1] === 0x44 && bytes[2] === 0x33)
			at =
				10 +
				(((bytes[6] & 0x7f) << 21) |
					((bytes[7] & 0x7f) << 14) |
					((bytes[8] & 0x7f) << 7) |
					(bytes[9] & 0x7f));
		const kbps1 = [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320];
		const kbps2 = [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160];
		const rates = [44100, 48000, 32000];
		while (at + 4 <= bytes.length) {
			const b1 = bytes[at + 1];
			const b2 = bytes[at + 2];
			if (
				bytes[at] !== 0xff ||
				(b1 & 0xe0) !== 0xe0 ||
				((b1 >> 1) & 3) !== 1 ||
				b2 >> 4 === 0 ||
				b2 >> 4 === 15
			) {
				at++;
				continue;
			}
			const v1 = ((b1 >> 3) & 3) === 3;
			const rate = rates[(b2 >> 2) & 3] / (v1 ? 1 : ((b1 >> 3) & 3) === 2 ? 2 : 4);
			const bps = (v1 ? kbps1 : kbps2)[b2 >> 4] * 1000;
			const length = Math.floor(((v1 ? 144 : 72) * bps) / rate) + ((b2 >> 1) & 1);
			if (length < 4) break;
			sampleRate = rate;
			channels = bytes[at + 3] >> 6 === 3 ? 1 : 2;
			packets.push(bytes.subarray(at, at + length));
			at += length;
		}
	} else {
		// Ogg pages: packets are laced across segments (255 = continued).
		let at = 0;
		let partial = [];
		while (at + 27 <= bytes.length && bytes[at] === 0x4f && bytes[at + 1] === 0x67) {
			const segments = bytes[at + 26];
			let body = at + 27 + segments;
			for (let i = 0; i < segments; i++) {
				const size = bytes[at + 27 + i];
				partial.push(bytes.subarray(body, body + size));
				body += size;
				if (size < 255) {
					const length = partial.reduce((n, p) => n + p.length, 0);
					const packet = new Uint8Array(length);
					let o = 0;
					for (const p of partial) packet.set(p, (o += p.length) - p.length);
					packets.push(packet);
					partial = [];
				}
			}
			at = body;
		}
		const head = packets.shift(); // OpusHead
		packets.shift(); // OpusTags
		channels = head[9];
		description = head;
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
		await page.goto(origin);
		await page.setContent('<input type="file" id="f">');
		await page.locator('#f').setInputFiles(file);
		return await page.evaluate(decodeAll, { codec });
	} catch (error) {
		console.log(`  decoder floor for ${file}: ${String(error).split('\n')[0]}`);
		return null;
	} finally {
		await browser.close().catch(() => {});
	}
}
