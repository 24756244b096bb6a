import { catalogues, type Lang, type Messages } from './messages';

/** Where the reader's language choice is kept. */
export const LANG_KEY = 'tandem.lang';

/** The UI language for a stored choice, else the browser's preferred languages (zh* → zh, else en). */
export function pickLang(stored: string | null, languages: readonly string[]): Lang {
	if (stored === 'en' || stored === 'zh') return stored;
	for (const tag of languages) {
		const lower = tag.toLowerCase();
		if (lower === 'zh' || lower.startsWith('zh-')) return 'zh';
		if (lower === 'en' || lower.startsWith('en-')) return 'en';
	}
	return 'en';
}

function stored(): string | null {
	try {
		return localStorage.getItem(LANG_KEY);
	} catch {
		return null;
	}
}

/** The UI language (English until {@link Locale.detect} runs after hydration) and its messages. */
export class Locale {
	#lang: Lang = $state('en');

	/** The current language. */
	get lang(): Lang {
		return this.#lang;
	}

	/** The current language's messages. */
	get t(): Messages {
		return catalogues[this.#lang];
	}

	/** Takes the remembered choice, else the browser's languages (does not remember anything). */
	detect(): void {
		this.#apply(pickLang(stored(), navigator.languages ?? [navigator.language]));
	}

	/** Switches to `lang` and remembers the choice. */
	set(lang: Lang): void {
		this.#apply(lang);
		try {
			localStorage.setItem(LANG_KEY, lang);
		} catch {
			// Not remembered when storage is unavailable; the choice still applies to this visit.
		}
	}

	#apply(lang: Lang): void {
		this.#lang = lang;
		document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
	}
}

/** The page's one locale. */
export const locale = new Locale();
