/**
 * Markdown inline markup → `Inline[]` through marked's lexer (a real CommonMark/GFM parser). Raw HTML
 * becomes plain text, only http(s) links stay links, and stray `**`/`__` from broken pairs never reach readers.
 */
import { Lexer, type Token } from 'marked';
import type { Inline } from '../model';

/** A run of inline output before stray delimiters are cleaned; `raw` runs (code, escapes) are kept as written. */
type Run = Inline & { raw?: boolean };

const NAMED_ENTITIES: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: '\u00a0'
};

/** Decodes the entities marked leaves in text tokens (`&amp;`, `&lt;`, `&#39;`, `&#x4e2d;`…). */
function decodeEntities(s: string): string {
	if (!s.includes('&')) return s;
	return s.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]+);/gi, (whole, body: string) => {
		if (body[0] === '#') {
			const code =
				body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : +body.slice(1);
			return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
		}
		return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
	});
}

/** The href as a browser would resolve it when it is an absolute http(s) URL; null for every other scheme. */
export function safeHref(href: string): string | null {
	let url: URL;
	try {
		url = new URL(href.trim());
	} catch {
		return null;
	}
	return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
}

/** The plain text of inline pieces (images contribute their alt text). */
export function inlineText(inlines: readonly Inline[]): string {
	let out = '';
	for (const p of inlines) out += p.kind === 'image' ? p.alt : p.text;
	return out;
}

/** Flattens marked tokens into runs; `style` is the emphasis the enclosing tokens give (strong wins). */
function flatten(tokens: readonly Token[], style: 'text' | 'strong' | 'em', out: Run[]): void {
	for (const token of tokens) {
		switch (token.type) {
			case 'strong':
				flatten(token.tokens ?? [], 'strong', out);
				break;
			case 'em':
				flatten(token.tokens ?? [], style === 'strong' ? 'strong' : 'em', out);
				break;
			case 'del':
				flatten(token.tokens ?? [], style, out);
				break;
			case 'codespan':
				out.push({ kind: 'code', text: decodeEntities(String(token.text)), raw: true });
				break;
			case 'escape':
				out.push({ kind: style, text: String(token.text), raw: true });
				break;
			case 'br':
				out.push({ kind: style, text: ' ', raw: true });
				break;
			case 'image':
				out.push({
					kind: 'image',
					alt: decodeEntities(String(token.text)).trim(),
					src: token.href
				});
				break;
			case 'link':
				out.push(...linkRuns(token.href, token.tokens ?? [], style));
				break;
			case 'html':
				// Raw HTML is shown as the text it is; nothing is ever rendered as markup.
				out.push({ kind: style, text: String(token.raw), raw: true });
				break;
			case 'text':
				if (token.tokens?.length) flatten(token.tokens, style, out);
				else out.push({ kind: style, text: decodeEntities(String(token.text)) });
				break;
			default:
				out.push({ kind: style, text: String(token.raw) });
		}
	}
}

/** A link's runs: a link piece for http(s) targets, its images alone when it has no text, else its text. */
function linkRuns(href: string, tokens: readonly Token[], style: 'text' | 'strong' | 'em'): Run[] {
	const inner: Run[] = [];
	flatten(tokens, style, inner);
	cleanDelimiters(inner);
	const text = inlineText(inner).trim();
	const images = inner.filter((p) => p.kind === 'image');
	if (!text && images.length) return images;
	const safe = safeHref(href);
	if (safe) return [{ kind: 'link', text: text || safe, href: safe }];
	return inner;
}

const WORD = /[\p{L}\p{N}]/u;
const SPACE = /\s/;

/**
 * Removes emphasis markers the parser could not pair (`****`, `**_`, a lone `_` between punctuation),
 * looking across runs so context is right; `2 * 3`, `snake_case` and escaped `\*` stay.
 */
function cleanDelimiters(runs: Run[]): void {
	if (!runs.some((r) => r.kind !== 'image' && (r.text.includes('*') || r.text.includes('_'))))
		return;
	const cleanable = (r: Run) => !r.raw && r.kind !== 'image' && r.kind !== 'link';
	const text = runs.map((r) => (r.kind === 'image' ? '' : r.text)).join('');
	const keep = new Uint8Array(text.length).fill(1);
	const owner: number[] = [];
	runs.forEach((r, i) => {
		for (let k = 0; k < (r.kind === 'image' ? 0 : r.text.length); k++) owner.push(i);
	});
	const at = (i: number) => runs[owner[i] ?? -1];
	for (const m of text.matchAll(/[*_]+/g)) {
		const start = m.index;
		const end = start + m[0].length;
		let ok = true;
		for (let i = start; i < end; i++) {
			const run = at(i);
			if (!run || !cleanable(run)) ok = false;
		}
		if (!ok) continue;
		const before = text[start - 1] ?? ' ';
		const after = text[end] ?? ' ';
		const intraWord = WORD.test(before) && WORD.test(after);
		const spaced = SPACE.test(before) && SPACE.test(after);
		const stray =
			m[0].length >= 2
				? !(intraWord && !m[0].includes('*'))
				: !intraWord && !spaced && !SPACE.test(after) && !SPACE.test(before);
		if (stray) keep.fill(0, start, end);
	}
	let pos = 0;
	for (const run of runs) {
		if (run.kind === 'image') continue;
		const len = run.text.length;
		let out = '';
		for (let k = 0; k < len; k++) if (keep[pos + k]) out += run.text[k];
		run.text = out;
		pos += len;
	}
}

/** Joins neighbouring runs of the same text kind and drops empty ones. */
function merge(runs: readonly Run[]): Inline[] {
	const out: Inline[] = [];
	for (const run of runs) {
		const piece: Inline = { ...run };
		delete (piece as Run).raw;
		if (piece.kind !== 'image' && piece.kind !== 'link' && piece.text === '') continue;
		const last = out.at(-1);
		if (
			last &&
			(last.kind === 'text' || last.kind === 'strong' || last.kind === 'em') &&
			last.kind === piece.kind
		)
			last.text += piece.text;
		else out.push(piece);
	}
	return out;
}

const EMPTY_LINK = /^\[\s*\]\([^)\s]*\)/;

/**
 * Drops empty links (`[](url)`) nested inside another link's label, as WeChat exports write them:
 * CommonMark forbids links in links, so the outer link would otherwise show as raw `[…](…)`.
 */
function dropNestedEmptyLinks(src: string): string {
	if (!src.includes('[](') && !src.includes('[ ](')) return src;
	let out = '';
	let depth = 0;
	for (let i = 0; i < src.length; i++) {
		const ch = src[i] ?? '';
		if (ch === '\\') {
			out += src.slice(i, i + 2);
			i++;
			continue;
		}
		if (ch === '[' && depth > 0 && src[i - 1] !== '!') {
			const m = EMPTY_LINK.exec(src.slice(i));
			if (m) {
				i += m[0].length - 1;
				continue;
			}
		}
		if (ch === '[') depth++;
		else if (ch === ']' && depth > 0) depth--;
		out += ch;
	}
	return out;
}

/** One lexer for every call: building one per paragraph costs more than lexing the paragraph. */
let lexer: Lexer | null = null;

/**
 * Characters (and sequences) any inline rule of marked's GFM lexer starts on: escapes, code, emphasis,
 * strikethrough, links and images, HTML and autolinks, entities, e-mail and URL autolinks, hard breaks.
 */
const MARKUP = /[\\`*_~[\]!<>&@\n]|:\/\/|www\./i;

/** Parses one paragraph's worth of inline Markdown. */
export function parseInline(src: string): Inline[] {
	// Plain text (most paragraphs) lexes to itself: skip the lexer.
	if (!MARKUP.test(src)) return src ? [{ kind: 'text', text: src }] : [];
	lexer ??= new Lexer({ gfm: true });
	const runs: Run[] = [];
	flatten(lexer.inlineTokens(dropNestedEmptyLinks(src)), 'text', runs);
	cleanDelimiters(runs);
	return merge(runs);
}

/** The plain text of one paragraph's worth of inline Markdown (`inlineText(parseInline(src))`). */
export function plainText(src: string): string {
	return MARKUP.test(src) ? inlineText(parseInline(src)) : src;
}
