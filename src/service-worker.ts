/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/// <reference types="@sveltejs/kit" />
/**
 * Offline after the first visit: caches the app shell (built JS/CSS, static files including the
 * bundled transcript, the prerendered page) per build version. Only same-origin GETs of those files
 * are answered; the user's media and transcripts (blob: URLs, File objects) never pass through here
 * and nothing else is cached or sent anywhere.
 */
import { build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `tandem-${version}`;
/** Every file of this build, as absolute paths, each once (cache.addAll rejects duplicates). */
const KNOWN = new Set([...build, ...files, ...prerendered]);
const ASSETS = [...KNOWN];

sw.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			const cache = await caches.open(CACHE);
			await cache.addAll(ASSETS);
			await sw.skipWaiting();
		})()
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key);
			await sw.clients.claim();
		})()
	);
});

/** The app page for a navigation (`/?t=…` is the same page). */
function pageFor(url: URL): string | null {
	if (KNOWN.has(url.pathname)) return url.pathname;
	const bare = url.pathname.replace(/\/$/, '') || '/';
	return KNOWN.has(bare) ? bare : null;
}

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	if (request.method !== 'GET' || request.headers.has('range')) return;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin) return;
	const path =
		request.mode === 'navigate' ? pageFor(url) : KNOWN.has(url.pathname) ? url.pathname : null;
	if (path === null) return;
	event.respondWith(
		(async () => {
			const cache = await caches.open(CACHE);
			// Pages: the network first (a new build shows at once), the cache when offline.
			if (request.mode === 'navigate') {
				try {
					return await fetch(request);
				} catch {
					const cached = await cache.match(path);
					if (cached) return cached;
					throw new Error(`offline and ${path} is not cached`);
				}
			}
			// Build files and static files are fixed for this version: the cache first.
			return (await cache.match(path)) ?? fetch(request);
		})()
	);
});
