/** Computed waveform peaks kept in IndexedDB per file (name, size, SHA-256 of its first and last MiB). */
import { fingerprint } from './fingerprint';

/** What is stored for one file. */
export interface CachedPeaks {
	/** {@link fileKey} of the file. */
	key: string;
	/** Duration of the audio in seconds. */
	duration: number;
	/** Buckets per second. */
	rate: number;
	/** Lowest sample per bucket. */
	min: Float32Array;
	/** Highest sample per bucket. */
	max: Float32Array;
	/** When it was stored (ms since the epoch), for evicting the oldest. */
	saved: number;
}

const DB = 'tandem-peaks';
const STORE = 'peaks';
/** Files remembered; the least recently stored are dropped beyond this. */
export const MAX_CACHED = 24;

/**
 * Identity of a file for the cache: its {@link fingerprint} (name, size and SHA-256 of its first and
 * last MiB, hashed in a worker; the place remembered for the file uses the same, hashed once).
 */
export async function fileKey(file: File): Promise<string> {
	const { name, size, hash } = await fingerprint(file);
	return `${name}\n${size}\n${hash}`;
}

function request<T>(req: IDBRequest<T>): Promise<T> {
	return new Promise((resolve, reject) => {
		req.onsuccess = () => resolve(req.result);
		req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
	});
}

function open(): Promise<IDBDatabase> {
	const req = indexedDB.open(DB, 1);
	req.onupgradeneeded = () => {
		const store = req.result.createObjectStore(STORE, { keyPath: 'key' });
		store.createIndex('saved', 'saved');
	};
	return request(req);
}

async function withStore<T>(
	mode: IDBTransactionMode,
	run: (store: IDBObjectStore) => Promise<T>
): Promise<T> {
	const db = await open();
	try {
		const tx = db.transaction(STORE, mode);
		const done = new Promise<void>((resolve, reject) => {
			tx.oncomplete = () => resolve();
			tx.onerror = tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
		});
		const result = await run(tx.objectStore(STORE));
		await done;
		return result;
	} finally {
		db.close();
	}
}

/** The peaks stored for `key`, or null (also when IndexedDB is unavailable). */
export async function loadPeaks(key: string): Promise<CachedPeaks | null> {
	if (typeof indexedDB === 'undefined') return null;
	try {
		const found = await withStore('readonly', (s) => request(s.get(key)));
		return (found as CachedPeaks | undefined) ?? null;
	} catch {
		return null;
	}
}

/** Stores peaks, dropping the oldest entries beyond {@link MAX_CACHED}; failures are ignored (a cache). */
export async function savePeaks(peaks: CachedPeaks): Promise<void> {
	if (typeof indexedDB === 'undefined') return;
	try {
		await withStore('readwrite', async (s) => {
			await request(s.put(peaks));
			const keys = await request(s.index('saved').getAllKeys());
			for (const old of keys.slice(0, Math.max(0, keys.length - MAX_CACHED))) s.delete(old);
		});
	} catch {
		// A full or blocked store only means the next open recomputes.
	}
}
