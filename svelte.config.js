import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ fallback: undefined }),
		prerender: { entries: ['*'] },
		// Content-Security-Policy, written into each prerendered page as a <meta> tag. 'hash' adds the
		// hash of SvelteKit's own bootstrap script; no other inline script and no remote script runs.
		// Styles need 'unsafe-inline' for Svelte's style: directives and server-rendered style attributes.
		// Remote (https) images are allowed by the policy but only requested after the reader asks.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'blob:', 'data:', 'https:'],
				// data: for howler, which points a media element it lets go of at a silent data: WAV.
				'media-src': ['self', 'blob:', 'data:'],
				'worker-src': ['self', 'blob:'],
				'connect-src': ['self', 'blob:'],
				'font-src': ['self'],
				'manifest-src': ['self'],
				'object-src': ['none'],
				'frame-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['none']
			}
		}
	}
};

export default config;
