/** Generated media for the benchmark: WAV beeps in JS; MP3 and Opus with ffmpeg when it is installed. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** True when `ffmpeg` runs. */
export function hasFfmpeg() {
	return spawnSync('ffmpeg', ['-version'], { stdio: 'ignore' }).status === 0;
}

/** A mono 16-bit WAV of `duration` s at `rate` Hz with a 60 ms beep at each of `beeps` (seconds). */
export function beepWav(duration, beeps, rate = 8000) {
	const frames = Math.round(duration * rate);
	const buf = Buffer.alloc(44 + frames * 2);
	buf.write('RIFF', 0, 'ascii');
	buf.writeUInt32LE(36 + frames * 2, 4);
	buf.write('WAVEfmt ', 8, 'ascii');
	buf.writeUInt32LE(16, 16);
	buf.writeUInt16LE(1, 20);
	buf.writeUInt16LE(1, 22);
	buf.writeUInt32LE(rate, 24);
	buf.writeUInt32LE(rate * 2, 28);
	buf.writeUInt16LE(2, 32);
	buf.writeUInt16LE(16, 34);
	buf.write('data', 36, 'ascii');
	buf.writeUInt32LE(frames * 2, 40);
	for (const b of beeps) {
		const first = Math.round(b * rate);
		for (let i = 0; i < 0.06 * rate && first + i < frames; i++) {
			buf.writeInt16LE(
				Math.round(12000 * Math.sin((2 * Math.PI * 880 * i) / rate)),
				44 + (first + i) * 2
			);
		}
	}
	return buf;
}

/**
 * Path of a generated `minutes`-long mono file (`mp3` 64 kb/s or `opus` 32 kb/s) of a tone whose loudness
 * changes every few seconds, made once into `dir` with ffmpeg.
 */
export function encoded(dir, minutes, codec) {
	mkdirSync(dir, { recursive: true });
	const path = join(dir, `tone-${minutes}min.${codec}`);
	if (existsSync(path)) return path;
	const tmp = `${path}.part.${codec}`;
	const args = [
		'-hide_banner',
		'-loglevel',
		'error',
		'-y',
		'-f',
		'lavfi',
		'-i',
		`aevalsrc=0.6*sin(2*PI*330*t)*(0.3+0.7*abs(sin(PI*t/7))):s=44100:d=${minutes * 60}`,
		'-ac',
		'1'
	];
	if (codec === 'mp3') args.push('-c:a', 'libmp3lame', '-b:a', '64k');
	else args.push('-c:a', 'libopus', '-b:a', '32k');
	const r = spawnSync('ffmpeg', [...args, tmp], { stdio: 'inherit' });
	if (r.status !== 0) throw new Error(`ffmpeg could not make ${path}`);
	spawnSync('mv', [tmp, path]);
	return path;
}

/** Wall seconds of `ffmpeg -threads 1 -i path -f null -` (a single-core decode: the ceiling). */
export function ffmpegDecodeSeconds(path) {
	const t0 = performance.now();
	const r = spawnSync('ffmpeg', [
		'-hide_banner',
		'-loglevel',
		'error',
		'-threads',
		'1',
		'-i',
		path,
		'-f',
		'null',
		'-'
	]);
	if (r.status !== 0) return null;
	return (performance.now() - t0) / 1000;
}

/** Writes `data` to `dir/name` and returns the path. */
export function save(dir, name, data) {
	mkdirSync(dir, { recursive: true });
	const path = join(dir, name);
	writeFileSync(path, data);
	return path;
}
