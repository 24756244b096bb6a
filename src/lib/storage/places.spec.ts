import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { NO_RETIME } from '$lib/retime';
import { fingerprint, textId } from './fingerprint';
import { placeKey, PlaceStore, type Place } from './places';

function place(key: string, updated: number, position = 10): Place {
	return {
		key,
		transcript: { name: 't.md', size: 3, hash: 'a' },
		title: 'T',
		media: null,
		position,
		rate: 1,
		loop: null,
		following: true,
		pauseMode: 'off',
		retime: NO_RETIME,
		updated
	};
}

describe('PlaceStore', () => {
	it('stores, finds and lists places, newest first, and remembers the last one', async () => {
		const store = new PlaceStore(new IDBFactory());
		expect(await store.last()).toBeNull();
		await store.put(place('a', 1, 5));
		await store.put(place('b', 3));
		await store.put(place('c', 2));
		expect((await store.get('a'))?.position).toBe(5);
		expect((await store.recent()).map((p) => p.key)).toEqual(['b', 'c', 'a']);
		expect((await store.recent(2)).map((p) => p.key)).toEqual(['b', 'c']);
		expect((await store.last())?.key).toBe('c');
		await store.put({
			...place('a', 4, 1513),
			loop: { start: 1, end: 2, rate: 0.75, label: 'A–B' }
		});
		const a = await store.last();
		expect(a?.position).toBe(1513);
		expect(a?.loop?.rate).toBe(0.75);
		await store.remove('b');
		expect(await store.get('b')).toBeNull();
		await store.close();
	});

	it('keeps places across connections', async () => {
		const factory = new IDBFactory();
		const one = new PlaceStore(factory);
		await one.put(place('x', 1, 42));
		await one.close();
		const two = new PlaceStore(factory);
		expect((await two.last())?.position).toBe(42);
	});

	it('keeps a transcript text once, apart from the places that use it, until the last one is forgotten', async () => {
		const store = new PlaceStore(new IDBFactory());
		const id = { name: 't.md', size: 3, hash: 'a' };
		await store.putText(id, '# T');
		await store.putText(id, '# T');
		await store.put(place('one', 1));
		await store.put(place('two', 2));
		const one = (await store.get('one'))!;
		expect(one).not.toHaveProperty('transcriptText');
		expect(await store.text(one)).toBe('# T');
		await store.remove('one');
		expect(await store.text(one)).toBe('# T');
		await store.remove('two');
		expect(await store.text(one)).toBeNull();
		// A place written before texts were kept apart carries its own.
		expect(await store.text({ ...one, transcriptText: '# Old' })).toBe('# Old');
	});

	it('upgrades a version 1 database, keeping its places', async () => {
		const factory = new IDBFactory();
		await new Promise<void>((resolve, reject) => {
			const r = factory.open('tandem-places', 1);
			r.onupgradeneeded = () => {
				const db = r.result;
				db.createObjectStore('places', { keyPath: 'key' }).createIndex('updated', 'updated');
				db.createObjectStore('meta');
			};
			r.onsuccess = () => {
				const db = r.result;
				const tx = db.transaction(['places', 'meta'], 'readwrite');
				tx.objectStore('places').put({ ...place('old', 1, 77), transcriptText: '# Old' });
				tx.objectStore('meta').put('old', 'last');
				tx.oncomplete = () => {
					db.close();
					resolve();
				};
			};
			r.onerror = () => reject(r.error);
		});
		const store = new PlaceStore(factory);
		const old = (await store.last())!;
		expect(old.position).toBe(77);
		expect(await store.text(old)).toBe('# Old');
		await store.putText({ name: 'n.md', size: 1, hash: 'b' }, '#');
	});

	it('rejects (does not swallow) a failed write', async () => {
		const store = new PlaceStore(new IDBFactory());
		const bad = { ...place('y', 1), handle: () => 0 } as Place; // functions cannot be cloned
		await expect(store.put(bad)).rejects.toThrow();
	});
});

describe('fingerprints', () => {
	it('identifies a file by name, size and the hash of its ends', async () => {
		const big = new Uint8Array(3 * 1024 * 1024);
		big[0] = 1;
		const a = await fingerprint(new File([big], 'a.mp3'));
		big[1.5 * 1024 * 1024] = 7; // the middle is not read
		const b = await fingerprint(new File([big], 'a.mp3'));
		expect(b).toEqual(a);
		big[big.length - 1] = 9;
		const c = await fingerprint(new File([big], 'a.mp3'));
		expect(c.hash).not.toBe(a.hash);
		expect(a.size).toBe(big.length);
		expect(a.hash).toMatch(/^[0-9a-f]{64}$/);
	});

	it('keys a pair by both files', async () => {
		const t = await textId('t.md', '# Title');
		const m = { name: 'm.mp3', size: 10, hash: 'f' };
		expect(placeKey(t, m)).not.toBe(placeKey(t, null));
		expect(placeKey(t, m)).toBe(placeKey({ ...t }, { ...m }));
	});
});
