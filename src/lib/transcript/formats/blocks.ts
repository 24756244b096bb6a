/** Markdown lines → blocks: paragraphs (lines joined), list items, minor headings, image lines and rules. */
import type { Block } from '../model';
import { collapseSpaces, joinLines } from '../text';
import { blockSentences } from '../timing';
import { inlineText, parseInline, plainText } from './inline';

const HEADING = /^(#{1,6})\s+(.*?)(?:\s+#+)?\s*$/;
const RULE = /^\s{0,3}([-*_])(?:\s*\1){2,}\s*$/;
/** A `Label: value` line (front-matter style), kept on its own line rather than joined. */
const FIELD = /^\s*[\p{L}\p{N}][\p{L}\p{N} _-]{0,15}[:：](?!\/\/)\s*\S/u;
const LIST_ITEM = /^\s*(?:[-*+]|\d+[.)])\s+/;

/** A Markdown ATX heading: its level and raw text. */
export interface HeadingLine {
	/** 1 for `#`, 2 for `##`… */
	level: number;
	/** The heading's text, raw markup kept, trimmed. */
	raw: string;
}

/** Line and paragraph separators: {@link HEADING}'s `.` stops at them. */
const SEPARATOR = /[\u2028\u2029]/;

/** Reads `## Title` (any number of spaces after the hashes), or null. */
export function parseHeadingLine(line: string): HeadingLine | null {
	if (line.charCodeAt(0) !== 0x23) return null; // every heading starts with `#`
	// The usual heading (hashes, a space, a title without closing hashes) is read without the regex,
	// which a long transcript would run tens of thousands of times: the same result, sooner.
	let level = 1;
	while (level < 7 && line.charCodeAt(level) === 0x23) level++;
	const after = line.charCodeAt(level);
	if (
		level <= 6 &&
		(after === 0x20 || after === 0x09) &&
		line.indexOf('#', level) === -1 &&
		!SEPARATOR.test(line)
	)
		return { level, raw: line.slice(level + 1).trim() };
	const m = HEADING.exec(line);
	if (!m) return null;
	return { level: (m[1] ?? '').length, raw: (m[2] ?? '').trim() };
}

/** Plain text of a heading's raw markup. */
export function headingText(raw: string): string {
	return collapseSpaces(plainText(raw));
}

/** Builds one block from the joined source of its lines (prose with its sentences when `sentences`). */
function makeBlock(kind: Block['kind'], source: string, line: number, sentences: boolean): Block {
	const inlines = parseInline(source);
	const text = collapseSpaces(inlineText(inlines));
	const onlyImages =
		inlines.length > 0 &&
		inlines.every((p) => p.kind === 'image' || (p.kind === 'text' && !p.text.trim()));
	const blockKind = kind === 'paragraph' && onlyImages ? 'image' : kind;
	const split = sentences ? blockSentences({ kind: blockKind, text, inlines }) : undefined;
	// Made whole at once (`sentences` last, as before): no property added to the object later.
	return split
		? { kind: blockKind, text, inlines, line, anchor: null, sentences: split }
		: { kind: blockKind, text, inlines, line, anchor: null };
}

/**
 * Turns source lines `[from, to)` (0-based) into blocks, skipping the 0-based lines in `skip`; with
 * `sentences`, prose blocks come split into sentences already (as `withSentences` would split them).
 */
export function buildBlocks(
	lines: readonly string[],
	from: number,
	to: number,
	skip: ReadonlySet<number>,
	sentences = false
): Block[] {
	const blocks: Block[] = [];
	let pending: { kind: Block['kind']; source: string; line: number } | null = null;
	const flush = (): void => {
		if (pending) blocks.push(makeBlock(pending.kind, pending.source, pending.line, sentences));
		pending = null;
	};
	for (let i = from; i < to; i++) {
		const line = lines[i] ?? '';
		if (skip.has(i) || !line.trim()) {
			flush();
			continue;
		}
		const heading = parseHeadingLine(line);
		if (heading) {
			flush();
			const inlines = parseInline(heading.raw);
			blocks.push({
				kind: 'heading',
				text: headingText(heading.raw),
				inlines,
				line: i + 1,
				anchor: null
			});
		} else if (RULE.test(line)) {
			flush();
			blocks.push({ kind: 'rule', text: '', inlines: [], line: i + 1, anchor: null });
		} else if (LIST_ITEM.test(line)) {
			flush();
			pending = { kind: 'list', source: line.replace(LIST_ITEM, '').trim(), line: i + 1 };
		} else if (pending && !(FIELD.test(line) && FIELD.test(lines[i - 1] ?? ''))) {
			pending.source = joinLines(pending.source, line);
		} else if (pending) {
			flush();
			pending = { kind: 'paragraph', source: line.trim(), line: i + 1 };
		} else pending = { kind: 'paragraph', source: line.trim(), line: i + 1 };
	}
	flush();
	return blocks;
}
