// Draws the app icons (static/icons/icon-192.png, icon-512.png) with no dependencies: a blue
// rounded square with a white play triangle beside three lines of "text". Run: node scripts/make-icons.mjs
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
	let c = n;
	for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
	return c >>> 0;
});

function crc32(buf) {
	let c = 0xffffffff;
	for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
	return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
	const len = Buffer.alloc(4);
	len.writeUInt32BE(data.length);
	const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(crc32(body));
	return Buffer.concat([len, body, crc]);
}

/** RGBA pixel at (x, y) of a size×size icon, coordinates in [0, 1). */
function pixel(u, v) {
	const blue = [31, 95, 139, 255];
	const white = [255, 255, 255, 255];
	// Full-bleed background: safe as a maskable icon (the drawing stays inside the central 60 %).
	const play = u >= 0.25 && u <= 0.47 && Math.abs(v - 0.5) <= (0.47 - u) * 0.62;
	const line = (top, right) => v >= top && v <= top + 0.055 && u >= 0.53 && u <= right;
	if (play || line(0.37, 0.77) || line(0.4725, 0.72) || line(0.575, 0.75)) return white;
	return blue;
}

function png(size) {
	const raw = Buffer.alloc((size * 4 + 1) * size);
	for (let y = 0; y < size; y++) {
		raw[y * (size * 4 + 1)] = 0; // filter: none
		for (let x = 0; x < size; x++) {
			const p = pixel((x + 0.5) / size, (y + 0.5) / size);
			raw.set(p, y * (size * 4 + 1) + 1 + x * 4);
		}
	}
	const ihdr = Buffer.alloc(13);
	ihdr.writeUInt32BE(size, 0);
	ihdr.writeUInt32BE(size, 4);
	ihdr[8] = 8; // bit depth
	ihdr[9] = 6; // RGBA
	return Buffer.concat([
		Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
		chunk('IHDR', ihdr),
		chunk('IDAT', deflateSync(raw, { level: 9 })),
		chunk('IEND', Buffer.alloc(0))
	]);
}

for (const size of [192, 512]) writeFileSync(`static/icons/icon-${size}.png`, png(size));
