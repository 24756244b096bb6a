import { afterEach, describe, expect, it, vi } from 'vitest';
import { coolPeaksWorker, warmPeaksWorker } from './peaks.svelte';

/** A stand-in for the peaks worker: records what it is sent and whether it was stopped. */
class FakeWorker {
	static made: FakeWorker[] = [];
	onmessage: ((event: MessageEvent) => void) | null = null;
	onerror: ((event: Event) => void) | null = null;
	sent: unknown[] = [];
	terminated = false;
	constructor() {
		FakeWorker.made.push(this);
	}
	postMessage(message: unknown): void {
		this.sent.push(message);
	}
	terminate(): void {
		this.terminated = true;
	}
	/** The worker says its decoders are ready. */
	warmed(): void {
		this.onmessage?.(new MessageEvent('message', { data: { type: 'warm' } }));
	}
}

// The module keeps the worker between tests: the last one leaves a warm one.
describe('the peaks worker started ahead of need', () => {
	afterEach(() => {
		coolPeaksWorker();
		vi.unstubAllGlobals();
		FakeWorker.made = [];
	});

	it('is not started without Worker', () => {
		expect(typeof Worker).toBe('undefined');
		warmPeaksWorker();
		coolPeaksWorker();
		expect(FakeWorker.made).toHaveLength(0);
	});

	it('is started once, told to warm, and stopped while still warming when the page needs the processor', () => {
		vi.stubGlobal('Worker', FakeWorker);
		warmPeaksWorker();
		warmPeaksWorker();
		expect(FakeWorker.made).toHaveLength(1);
		const first = FakeWorker.made[0]!;
		expect(first.sent).toEqual([{ type: 'warm' }]);
		coolPeaksWorker();
		expect(first.terminated).toBe(true);
		// Warmed again later: a new one.
		warmPeaksWorker();
		expect(FakeWorker.made).toHaveLength(2);
		expect(FakeWorker.made[1]!.terminated).toBe(false);
	});

	it('is kept once warm: cooling then leaves it waiting for the next file', () => {
		vi.stubGlobal('Worker', FakeWorker);
		warmPeaksWorker();
		const worker = FakeWorker.made[0]!;
		worker.warmed();
		coolPeaksWorker();
		expect(worker.terminated).toBe(false);
		warmPeaksWorker();
		expect(FakeWorker.made).toHaveLength(1);
	});
});
