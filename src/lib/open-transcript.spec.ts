/**
 * The large-file reading end to end in Node: the parse worker's own module answers a stand-in for
 * `Worker` (its messages structured-cloned, their buffers transferred, as between threads).
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseTranscript } from './transcript/formats';
import type { Transcript } from './transcript/model';

type Handler = ((event: { data: unknown }) => void) | null;

/** The worker's global scope, as the worker module sees it. */
const scope = {
	onmessage: null as Handler,
	postMessage: (data: unknown, options?: StructuredSerializeOptions) =>
		pages.at(-1)?.deliver(data, options),
	close: () => undefined
};

/** The page's sides of the workers started, each with what it heard and said. */
const pages: StandIn[] = [];
/** When set, the worker's reply of this kind is lost and the worker fails instead. */
let failAt: string | null = null;

class StandIn {
	onmessage: Handler = null;
	onerror: ((event: { message: string }) => void) | null = null;
	said: string[] = [];
	constructor() {
		pages.push(this);
	}
	addEventListener(): void {}
	terminate(): void {}
	postMessage(data: Record<string, unknown>, transfer?: Transferable[]): void {
		this.said.push('shown' in data ? 'shown' : 'request');
		const copy: unknown = structuredClone(data, { transfer });
		setTimeout(() => scope.onmessage?.({ data: copy }), 0);
	}
	deliver(data: unknown, options?: StructuredSerializeOptions): void {
		const kind = (data as { kind: string }).kind;
		const copy: unknown = structuredClone(data, options);
		setTimeout(() => {
			this.said.push(`heard ${kind}`);
			if (kind === failAt) this.onerror?.({ message: '' });
			else this.onmessage?.({ data: copy });
		}, 0);
	}
}

/** A Markdown transcript over 2 MB (read in the worker): a timeline naming `count` headings. */
function longTranscript(count: number, reword = false): string {
	const clock = (i: number) =>
		`${Math.floor(i / 3600)}:${String(Math.floor(i / 60) % 60).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}`;
	const times = Array.from({ length: count }, (_, i) => `**(${clock(i * 2)})** Part ${i + 1}`);
	const body = (i: number) =>
		`## ${reword && i === 5 ? 'The sixth part' : `Part ${i + 1}`}\n\nWords of part ${i + 1}. ${'More words follow here. '.repeat(8)}`;
	const text = `# Long\n\n${times.join('\n\n')}\n\n${Array.from({ length: count }, (_, i) => body(i)).join('\n\n')}\n`;
	expect(text.length).toBeGreaterThan(2 * 1024 * 1024);
	return text;
}

let readTranscriptFiles: typeof import('./open-transcript').readTranscriptFiles;

beforeAll(async () => {
	vi.stubGlobal('self', scope);
	vi.stubGlobal('Worker', StandIn);
	vi.stubGlobal('requestAnimationFrame', (run: () => void) => setTimeout(run, 0));
	await import('./parse.worker');
	({ readTranscriptFiles } = await import('./open-transcript'));
});
afterAll(() => void vi.unstubAllGlobals());

describe('reading a large transcript in the worker', () => {
	it('shows the outline first, goes on once it is shown, and gives the whole as a plain read would', async () => {
		failAt = null;
		const text = longTranscript(9000);
		const outlines: Transcript[] = [];
		const opened = await readTranscriptFiles(
			[new File([text], 'long.md')],
			undefined,
			undefined,
			(o) => void outlines.push(o)
		);
		expect(outlines).toHaveLength(1);
		const outline = outlines[0] as Transcript;
		const whole = parseTranscript(text, 'long.md');
		expect(opened.transcript.sections).toEqual(whole.sections);
		expect(opened.transcript.timeline).toEqual(whole.timeline);
		expect(opened.transcript.anchors).toEqual(whole.anchors);
		// The outline: every section and entry, the first bodies; its timeline and anchors are kept.
		expect(outline.sections.map((s) => s.title)).toEqual(whole.sections.map((s) => s.title));
		expect(outline.sections[0]?.blocks).toEqual(whole.sections[0]?.blocks);
		expect(outline.sections.at(-1)?.blocks).toEqual([]);
		expect(opened.transcript.timeline).toBe(outline.timeline);
		expect(opened.transcript.anchors).toBe(outline.anchors);
		// The worker read the bodies only after the page said the outline was shown.
		const said = pages.at(-1)?.said ?? [];
		expect(said.slice(0, 4)).toEqual(['request', 'heard outline', 'shown', 'heard head']);
	});

	it('shows no outline when the alignment needs the bodies (a reworded heading)', async () => {
		failAt = null;
		const text = longTranscript(9000, true);
		const onOutline = vi.fn();
		const opened = await readTranscriptFiles(
			[new File([text], 'long.md')],
			undefined,
			undefined,
			onOutline
		);
		expect(onOutline).not.toHaveBeenCalled();
		expect(opened.transcript.sections).toEqual(parseTranscript(text, 'long.md').sections);
	});

	it('says so when the worker fails after the outline', async () => {
		failAt = 'head';
		const onOutline = vi.fn();
		await expect(
			readTranscriptFiles(
				[new File([longTranscript(9000)], 'long.md')],
				undefined,
				undefined,
				onOutline
			)
		).rejects.toThrow(/reader stopped unexpectedly/);
		expect(onOutline).toHaveBeenCalledTimes(1);
		failAt = null;
	});
});
