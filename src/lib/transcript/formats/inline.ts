/** Markdown inline markup → `Inline[]`, tolerant of broken emphasis: raw `**` never reaches readers. */
import type { Inline } from '../model';

const ESCAPABLE = /[\\`*_{}[\]()#+\-.!|~<>"']/;
const SAFE_HREF = /^https?:\/\//i;
const BARE_URL = /^https?:\/\/[^\s<>()[\]*]+/i;
const EMPTY_LINK = /(?<!!)\[\s*\]\([^)\s]*\)/g;

/** Finds the `]` that closes the `[` at `open`, counting nesting; -1 when none. */
function closingBracket(s: string, open: number): number {
	let depth = 0;
	for (let i = open; i < s.length; i++) {
		const ch = s[i];
		if (ch === '\\') i++;
		else if (ch === '[') depth++;
		else if (ch === ']' && --depth === 0) return i;
	}
	return -1;
}

/** Reads `(url "title")` starting at `open`; returns the url and the index after `)`, or null. */
function readTarget(s: string, open: number): { url: string; end: number } | null {
	if (s[open] !== '(') return null;
	let depth = 0;
	for (let i = open; i < s.length; i++) {
		const ch = s[i];
		if (ch === '(') depth++;
		else if (ch === ')' && --depth === 0) {
			const inner = s.slice(open + 1, i).trim();
			const url = inner.split(/\s+/)[0] ?? '';
			return { url: url.replace(/^<|>$/g, ''), end: i + 1 };
		}
	}
	return null;
}

/** The plain text of inline pieces (images contribute their alt text). */
export function inlineText(inlines: readonly Inline[]): string {
	return inlines.map((p) => (p.kind === 'image' ? p.alt : p.text)).join('');
}

/** True when `_` or `*` at `i` is an emphasis marker rather than part of a word or arithmetic. */
function isDelimiter(s: string, i: number, len: number): boolean {
	const before = s[i - 1] ?? ' ';
	const after = s[i + len] ?? ' ';
	if (s[i] === '_' && /[\p{L}\p{N}]/u.test(before) && /[\p{L}\p{N}]/u.test(after)) return false;
	return !(/\s/.test(before) && /\s/.test(after));
}

/** Appends a piece, merging it into the previous one when both are text of the same kind. */
function append(out: Inline[], piece: Inline): void {
	const last = out.at(-1);
	if (
		last &&
		(last.kind === 'text' || last.kind === 'strong' || last.kind === 'em') &&
		last.kind === piece.kind
	) {
		last.text += piece.text;
	} else out.push(piece);
}

/** Parses one paragraph's worth of inline Markdown. */
export function parseInline(src: string): Inline[] {
	const out: Inline[] = [];
	let buf = '';
	let strong = false;
	let em = false;
	const flush = (): void => {
		if (!buf) return;
		append(out, { kind: strong ? 'strong' : em ? 'em' : 'text', text: buf });
		buf = '';
	};
	for (let i = 0; i < src.length;) {
		const ch = src[i] ?? '';
		const next = src[i + 1] ?? '';
		if (ch === '\\' && ESCAPABLE.test(next)) {
			buf += next;
			i += 2;
		} else if (ch === '`') {
			const close = src.indexOf('`', i + 1);
			if (close < 0) {
				buf += ch;
				i++;
				continue;
			}
			flush();
			out.push({ kind: 'code', text: src.slice(i + 1, close) });
			i = close + 1;
		} else if ((ch === '!' && next === '[') || ch === '[') {
			const open = ch === '!' ? i + 1 : i;
			const close = closingBracket(src, open);
			const target = close < 0 ? null : readTarget(src, close + 1);
			if (!target) {
				if (ch === '[' && src[i + 1] === ']') i += 2;
				else {
					buf += ch;
					i++;
				}
				continue;
			}
			const label = src.slice(open + 1, close);
			flush();
			if (ch === '!')
				out.push({ kind: 'image', alt: inlineText(parseInline(label)).trim(), src: target.url });
			else {
				const inner = parseInline(label.replace(EMPTY_LINK, ''));
				const text = inlineText(inner).trim();
				const images = inner.filter((p) => p.kind === 'image');
				if (!text && images.length) out.push(...images);
				else if (SAFE_HREF.test(target.url))
					out.push({ kind: 'link', text: text || target.url, href: target.url });
				else for (const piece of inner) append(out, piece);
			}
			i = target.end;
		} else if (
			ch === 'h' &&
			!/[\p{L}\p{N}]/u.test(src[i - 1] ?? '') &&
			BARE_URL.test(src.slice(i, i + 8))
		) {
			const url = (BARE_URL.exec(src.slice(i))?.[0] ?? '').replace(/[.,;:!?'"_]+$/, '');
			flush();
			out.push({ kind: 'link', text: url, href: url });
			i += url.length;
		} else if ((ch === '*' || ch === '_') && next === ch) {
			let run = 2;
			while (src[i + run] === ch) run++;
			flush();
			if (run % 2 === 1) em = !em;
			for (let k = 0; k < Math.floor(run / 2); k++) strong = !strong;
			i += run;
		} else if ((ch === '*' || ch === '_') && isDelimiter(src, i, 1)) {
			flush();
			em = !em;
			i++;
		} else {
			buf += ch;
			i++;
		}
	}
	flush();
	return out;
}
