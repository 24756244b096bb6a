/** Identifying a file by name, size and a content hash (SHA-256 of its first and last MiB), not by path. */
import { hashedPart } from './file-ends';
import { sha256Hex } from './sha256';

/** A file's identity. */
export interface FileId {
	/** File name. */
	name: string;
	/** Size in bytes. */
	size: number;
	/** Hex SHA-256 of the first and last MiB (the whole file when smaller than 2 MiB). */
	hash: string;
}

/**
 * Identities found (or being found) per file object: an opened media file needs its identity twice,
 * for the place remembered and for the waveform cache, and is read and hashed once.
 */
const found = new WeakMap<Blob, Promise<FileId>>();

/** The identity of a (possibly large) file, reading at most 2 MiB of it (once per file object). */
export function fingerprint(file: Blob & { name: string }): Promise<FileId> {
	let id = found.get(file);
	if (!id) {
		id = identify(file);
		found.set(file, id);
		// A failed read is tried again next time.
		id.catch(() => found.delete(file));
	}
	return id;
}

async function identify(file: Blob & { name: string }): Promise<FileId> {
	return { name: file.name, size: file.size, hash: await hashEnds(file) };
}

/**
 * Hex SHA-256 of a file's ends ({@link hashedPart}), cut, read and hashed in a worker where there are
 * workers (hashing 2 MiB froze the page for tens of milliseconds right after a media file was
 * opened, and cutting a file's ends blocks the thread that does it); on the spot otherwise.
 */
async function hashEnds(file: Blob): Promise<string> {
	if (typeof Worker === 'function' && !hasherBroken) {
		try {
			return await hashInWorker(file);
		} catch {
			// No worker here (blocked, failed to load): hash on the page.
		}
	}
	return sha256Hex(new Uint8Array(await hashedPart(file).arrayBuffer()));
}

/** A reply of the hashing worker to the request of the same id. */
export type HashReply = { id: number } & ({ hash: string } | { error: string });

interface Hasher {
	worker: Worker;
	waiting: Map<number, { resolve: (hash: string) => void; reject: (error: Error) => void }>;
	next: number;
}

/**
 * The hashing worker, kept once started (it idles between files): starting one took 130–160 ms
 * here, most of the time from a media file's choice to its waveform's cache lookup.
 */
let hasher: Hasher | null = null;
/** Set when a hashing worker failed: the page hashes on its own from then on. */
let hasherBroken = false;

function startHasher(): Hasher {
	const worker = new Worker(new URL('./hash.worker.ts', import.meta.url), { type: 'module' });
	const started: Hasher = { worker, waiting: new Map(), next: 0 };
	worker.onmessage = (event: MessageEvent<HashReply>) => {
		const m = event.data;
		const waiting = started.waiting.get(m.id);
		started.waiting.delete(m.id);
		if ('hash' in m) waiting?.resolve(m.hash);
		else waiting?.reject(new Error(m.error));
	};
	worker.onerror = (event) => {
		event.preventDefault();
		hasherBroken = true;
		if (hasher === started) hasher = null;
		worker.terminate();
		const error = new Error(event.message || 'the hashing worker failed');
		for (const w of started.waiting.values()) w.reject(error);
		started.waiting.clear();
	};
	return started;
}

/** Starts the hashing worker ahead of need (when the page is idle), so a file's identity need not wait for one to load. */
export function warmHasher(): void {
	if (typeof Worker === 'function' && !hasher && !hasherBroken) hasher = startHasher();
}

function hashInWorker(file: Blob): Promise<string> {
	const h = (hasher ??= startHasher());
	const id = h.next++;
	return new Promise<string>((resolve, reject) => {
		h.waiting.set(id, { resolve, reject });
		h.worker.postMessage({ id, file });
	});
}

/** The identity of a text (a transcript), by its name and the hash of its UTF-8 bytes. */
export function textId(name: string, text: string): Promise<FileId> {
	return utf8TextId(name, new TextEncoder().encode(text));
}

/** The same identity from the text's UTF-8 bytes, when they are at hand already. */
export async function utf8TextId(name: string, utf8: Uint8Array<ArrayBuffer>): Promise<FileId> {
	return { name, size: utf8.length, hash: await sha256Hex(utf8) };
}
