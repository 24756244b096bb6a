/** "Copy link to this moment": the URL of a time and section, and copying text with a fallback. */

/** `base` with `?t=<seconds>` (tenths) and `#<slug>`, other query parameters kept. */
export function momentUrl(base: string, seconds: number, slug: string | null): string {
	const url = new URL(base);
	url.searchParams.set('t', String(Math.round(Math.max(0, seconds) * 10) / 10));
	url.hash = slug ? encodeURIComponent(slug) : '';
	return url.toString();
}

/** The section id named by a URL fragment (`#探讨人工智能道德与监管`), or null. */
export function fragmentId(hash: string): string | null {
	const raw = hash.replace(/^#/, '');
	if (!raw) return null;
	try {
		return decodeURIComponent(raw);
	} catch {
		return raw;
	}
}

/** Copies `text` to the clipboard (the async API, else a hidden textarea and execCommand); false when neither works. */
export async function copyText(text: string): Promise<boolean> {
	try {
		await navigator.clipboard.writeText(text);
		return true;
	} catch {
		const area = document.createElement('textarea');
		area.value = text;
		area.setAttribute('readonly', '');
		area.style.position = 'fixed';
		area.style.opacity = '0';
		document.body.append(area);
		area.select();
		try {
			return document.execCommand('copy');
		} catch {
			return false;
		} finally {
			area.remove();
		}
	}
}
