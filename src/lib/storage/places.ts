/** Where the reader was, per transcript + media pair, kept in IndexedDB. */
import type { Loop } from '$lib/player/loop';
import type { Retime } from '$lib/retime';
import type { FileId } from './fingerprint';

/** What is remembered about one transcript + media pair. */
export interface Place {
	/** {@link placeKey} of the pair. */
	key: string;
	/** The transcript's identity and its text (so a file the reader opened survives a reload). */
	transcript: FileId;
	/** The text; a long one as a Blob, so that saving the place does not copy it each time. */
	transcriptText: string | Blob;
	/** The transcript's title, for the Recent list. */
	title: string;
	/** The media's identity, or null when none was open. */
	media: FileId | null;
	/** Position in seconds. */
	position: number;
	/** Playback rate. */
	rate: number;
	/** The loop that was set, or null. */
	loop: Loop | null;
	/** Whether the page was following playback. */
	following: boolean;
	/** Pause at the end of each sentence/section, or not. */
	pauseMode: 'off' | 'sentence' | 'section';
	/** Retiming of the transcript. */
	retime: Retime;
	/** When this was last written (ms since the epoch). */
	updated: number;
	/** A File System Access handle to reopen the media without picking it (Chromium only), when granted. */
	handle?: unknown;
}

/** The key of a transcript + media pair: names, sizes and content hashes. */
export function placeKey(transcript: FileId, media: FileId | null): string {
	const id = (f: FileId) => `${f.name}:${f.size}:${f.hash}`;
	return `${id(transcript)}|${media ? id(media) : '-'}`;
}

const DB_NAME = 'tandem-places';
const STORE = 'places';
const META = 'meta';

function request<T>(r: IDBRequest<T>): Promise<T> {
	return new Promise((resolve, reject) => {
		r.onsuccess = () => resolve(r.result);
		r.onerror = () => reject(r.error ?? new Error('IndexedDB request failed'));
	});
}

function done(tx: IDBTransaction): Promise<void> {
	return new Promise((resolve, reject) => {
		tx.oncomplete = () => resolve();
		tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
		tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
	});
}

/** The places the reader has been, newest first; `factory` is `indexedDB` (or a fake in tests). */
export class PlaceStore {
	#db: Promise<IDBDatabase> | null = null;
	readonly #factory: IDBFactory;

	constructor(factory: IDBFactory) {
		this.#factory = factory;
	}

	#open(): Promise<IDBDatabase> {
		this.#db ??= new Promise((resolve, reject) => {
			const r = this.#factory.open(DB_NAME, 1);
			r.onupgradeneeded = () => {
				const db = r.result;
				db.createObjectStore(STORE, { keyPath: 'key' }).createIndex('updated', 'updated');
				db.createObjectStore(META);
			};
			r.onsuccess = () => resolve(r.result);
			r.onerror = () => reject(r.error ?? new Error('IndexedDB could not be opened'));
			r.onblocked = () => reject(new Error('IndexedDB is blocked by another tab'));
		});
		this.#db.catch(() => (this.#db = null));
		return this.#db;
	}

	/** The place stored under `key`, or null. */
	async get(key: string): Promise<Place | null> {
		const db = await this.#open();
		return ((await request(db.transaction(STORE).objectStore(STORE).get(key))) as Place) ?? null;
	}

	/** Stores `place` and marks it as the last one open (for a reload). */
	async put(place: Place): Promise<void> {
		const db = await this.#open();
		const tx = db.transaction([STORE, META], 'readwrite');
		tx.objectStore(STORE).put(place);
		tx.objectStore(META).put(place.key, 'last');
		await done(tx);
	}

	/** The place open when the page was last left, or null. */
	async last(): Promise<Place | null> {
		const db = await this.#open();
		const key = (await request(db.transaction(META).objectStore(META).get('last'))) as
			string | undefined;
		return key ? this.get(key) : null;
	}

	/** Up to `limit` places, most recently used first. */
	async recent(limit = 10): Promise<Place[]> {
		const db = await this.#open();
		const index = db.transaction(STORE).objectStore(STORE).index('updated');
		const out: Place[] = [];
		await new Promise<void>((resolve, reject) => {
			const cursor = index.openCursor(null, 'prev');
			cursor.onsuccess = () => {
				const c = cursor.result;
				if (!c || out.length >= limit) return resolve();
				out.push(c.value as Place);
				c.continue();
			};
			cursor.onerror = () => reject(cursor.error ?? new Error('IndexedDB cursor failed'));
		});
		return out;
	}

	/** Forgets the place under `key`. */
	async remove(key: string): Promise<void> {
		const db = await this.#open();
		const tx = db.transaction(STORE, 'readwrite');
		tx.objectStore(STORE).delete(key);
		await done(tx);
	}

	/** Closes the connection. */
	async close(): Promise<void> {
		const db = await this.#db;
		db?.close();
		this.#db = null;
	}
}
