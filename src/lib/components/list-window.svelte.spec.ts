import { afterEach, describe, expect, it, vi } from 'vitest';
import { ListWindow } from './list-window.svelte';

const items = (n: number): number[] => Array.from({ length: n }, (_, i) => i);

describe('ListWindow.reset with a first part', () => {
	afterEach(() => void vi.useRealTimers());

	it('renders the first items at once and fills the window in a later task', () => {
		vi.useFakeTimers();
		const win = new ListWindow(30);
		win.reset(items(50_000), 200, 40);
		expect([win.from, win.to]).toEqual([0, 40]);
		vi.runAllTimers();
		expect([win.from, win.to]).toEqual([0, 200]);
	});

	it('renders a list that fits whole at once', () => {
		vi.useFakeTimers();
		const win = new ListWindow(30);
		win.reset(items(19), 19, 5);
		expect([win.from, win.to]).toEqual([0, 19]);
	});

	it('leaves a window that moved meanwhile, and a newer list, alone', () => {
		vi.useFakeTimers();
		const win = new ListWindow(30);
		win.reset(items(50_000), 200, 40);
		win.show(30_000);
		const moved = [win.from, win.to];
		vi.runAllTimers();
		expect([win.from, win.to]).toEqual(moved);

		const older = items(10_000);
		win.reset(older, 100, 10);
		win.reset(items(20_000), 300, 3);
		vi.runAllTimers();
		expect([win.from, win.to]).toEqual([0, 300]);
	});
});

describe('ListWindow.refill', () => {
	afterEach(() => void vi.useRealTimers());

	it('keeps the window over the same list made whole, with the new size; another length starts over', () => {
		vi.useFakeTimers();
		const win = new ListWindow(30);
		win.reset(items(50_000), 240, 40);
		win.show(30_000);
		const from = win.from;
		win.refill(items(50_000), 100);
		expect([win.from, win.to]).toEqual([from, from + 100]);
		// Near the end, the smaller window still ends at the last item it can.
		win.show(49_990);
		win.refill(items(50_000), 300);
		expect([win.from, win.to]).toEqual([49_700, 50_000]);
		win.refill(items(20_000), 200);
		vi.runAllTimers();
		expect([win.from, win.to]).toEqual([0, 200]);
	});
});
