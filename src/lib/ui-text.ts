import { locale } from '$lib/i18n/locale.svelte';
import type { Messages } from '$lib/i18n/messages';

/**
 * The UI's messages in the current language (see $lib/i18n): kept as the name earlier code uses;
 * reading a key inside a template or $derived follows language changes.
 */
export const uiText: Messages = new Proxy({} as Messages, {
	get: (_target, key) => locale.t[key as keyof Messages]
});
