import { afterEach, describe, expect, it, vi } from 'vitest';
import { decodeRanges, type SpareDecoder } from './decode-ranges';
import { planMp3 } from './plan';
import { PeakReducer } from './reduce';
import { mp3Frames } from './test-bytes';

const file = new Blob([mp3Frames(400, 0x9e3779b9)]);
const duration = (400 * 1152) / 44100;

/** The peaks of `file` decoded as `parts` ranges by {@link decodeRanges}, and the last progress. */
async function peaks(
	parts: number,
	spare?: SpareDecoder[]
): Promise<PeakReducer & { last: number }> {
	const jobs = (await planMp3(file, parts))!;
	expect(jobs).toHaveLength(parts);
	const reducer = Object.assign(new PeakReducer(duration), { last: 0 });
	await decodeRanges(file, jobs, reducer, duration, {
		interval: 50,
		onProgress: (seconds) => (reducer.last = seconds),
		spare
	});
	return reducer;
}

/** A worker whose script never loads: it reports an error soon after it is made. */
class FailingWorker {
	static made = 0;
	static terminated = 0;
	onmessage: ((event: MessageEvent) => void) | null = null;
	onerror: ((event: Event) => void) | null = null;
	constructor() {
		FailingWorker.made++;
		setTimeout(() => this.onerror?.(new Event('error', { cancelable: true })), 5);
	}
	postMessage(): void {}
	terminate(): void {
		FailingWorker.terminated++;
	}
}

function expectSamePeaks(a: PeakReducer, b: PeakReducer): void {
	expect(a.length).toBe(b.length);
	let differ = 0;
	for (let i = 0; i < a.length; i++) if (a.min[i] !== b.min[i] || a.max[i] !== b.max[i]) differ++;
	expect(differ).toBe(0);
}

describe('decodeRanges', () => {
	afterEach(() => {
		vi.unstubAllGlobals();
		FailingWorker.made = 0;
		FailingWorker.terminated = 0;
	});

	it('without Worker decodes every range here, one after another', async () => {
		expect(typeof Worker).toBe('undefined');
		const split = await peaks(3);
		// Noise from start to end (many noise frames decode to silence or not at all): each third of the
		// buckets has sound, and the progress reaches the end.
		for (let k = 0; k < 3; k++) {
			const third = split.max.subarray((k * split.length) / 3, ((k + 1) * split.length) / 3);
			expect(third.filter((v) => v !== 0).length).toBeGreaterThan(third.length * 0.3);
		}
		expect(split.last).toBeCloseTo(duration, 1);
	});

	it('decodes here the ranges whose worker cannot start', async () => {
		const whole = await peaks(3);
		vi.stubGlobal('Worker', FailingWorker);
		expectSamePeaks(await peaks(3), whole);
		// One worker per range, none of which started.
		expect(FailingWorker.made).toBe(3);
		expect(FailingWorker.terminated).toBe(3);
	});

	it('uses the workers started ahead, and decodes here a range whose one had already failed', async () => {
		const whole = await peaks(3);
		vi.stubGlobal('Worker', FailingWorker);
		const failed = { worker: new FailingWorker() as unknown as Worker, failed: true, warm: false };
		const spare = [failed];
		expectSamePeaks(await peaks(3, spare), whole);
		// The failed one was taken (and terminated), the other ranges made workers of their own.
		expect(spare).toHaveLength(0);
		expect(FailingWorker.made).toBe(3);
		expect(FailingWorker.terminated).toBe(3);
	});
});
