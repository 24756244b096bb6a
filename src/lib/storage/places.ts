/** Where the reader was, per transcript + media pair, kept in IndexedDB. */
import type { Loop } from '$lib/player/loop';
import type { Retime } from '$lib/retime';
import type { FileId } from './fingerprint';

/** What is remembered about one transcript + media pair. */
export interface Place {
	/** {@link placeKey} of the pair. */
	key: string;
	/** The transcript's identity (its text is kept once per transcript, see {@link PlaceStore.putText}). */
	transcript: FileId;
	/** The transcript's text, in places written before texts were kept apart (read only). */
	transcriptText?: string | Blob;
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
	/** The loops the reader saved (absent in places written before saved loops existed). */
	loops?: Loop[];
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

/** The key of one file: name, size and content hash. */
export function fileKey(f: FileId): string {
	return `${f.name}:${f.size}:${f.hash}`;
}

/** The key of a transcript + media pair: names, sizes and content hashes. */
export function placeKey(transcript: FileId, media: FileId | null): string {
	return `${fileKey(transcript)}|${media ? fileKey(media) : '-'}`;
}

const DB_NAME = 'tandem-places';
const STORE = 'places';
const META = 'meta';
/** Transcript texts by {@link fileKey}: written once when a transcript is opened, not with every save. */
const TEXTS = 'texts';

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
			const r = this.#factory.open(DB_NAME, 2);
			r.onupgradeneeded = (event) => {
				const db = r.result;
				if (event.oldVersion < 1) {
					db.createObjectStore(STORE, { keyPath: 'key' }).createIndex('updated', 'updated');
					db.createObjectStore(META);
				}
				if (event.oldVersion < 2) db.createObjectStore(TEXTS);
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

	/** Keeps the text of the transcript `id` (once per transcript; places refer to it by its identity). */
	async putText(id: FileId, text: string | Blob): Promise<void> {
		const db = await this.#open();
		const tx = db.transaction(TEXTS, 'readwrite');
		const store = tx.objectStore(TEXTS);
		const key = fileKey(id);
		const has = await request(store.count(key));
		if (!has) store.put(text, key);
		await done(tx);
	}

	/** The text of `place`'s transcript (a long one as a Blob), or null when it is not kept. */
	async text(place: Place): Promise<string | Blob | null> {
		if (place.transcriptText !== undefined) return place.transcriptText;
		const db = await this.#open();
		const text = await request(
			db.transaction(TEXTS).objectStore(TEXTS).get(fileKey(place.transcript))
		);
		return typeof text === 'string' || text instanceof Blob ? text : null;
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

	/** Forgets the place under `key`, and its transcript's text when no other place uses it. */
	async remove(key: string): Promise<void> {
		const db = await this.#open();
		const tx = db.transaction([STORE, TEXTS], 'readwrite');
		const places = tx.objectStore(STORE);
		const gone = (await request(places.get(key))) as Place | undefined;
		places.delete(key);
		if (gone) {
			const text = fileKey(gone.transcript);
			const all = (await request(places.getAll())) as Place[];
			if (!all.some((p) => p.key !== key && fileKey(p.transcript) === text))
				tx.objectStore(TEXTS).delete(text);
		}
		await done(tx);
	}

	/** Closes the connection. */
	async close(): Promise<void> {
		const db = await this.#db;
		db?.close();
		this.#db = null;
	}
}
