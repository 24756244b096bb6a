/** Keeps the reader's place: saves position, rate, loop, follow mode and retiming per transcript + media pair. */
import type { Follow } from '$lib/follow.svelte';
import { locale } from '$lib/i18n/locale.svelte';
import type { Session } from '$lib/session.svelte';
import { fingerprint, sha256Hex, textId, type FileId } from './fingerprint';
import { placeKey, PlaceStore, type Place } from './places';

/** How long (ms) changes wait before they are written (position changes every frame while playing). */
const SAVE_DELAY = 1000;
/** Texts longer than this (UTF-16 units) are kept as a Blob: saving a place then stores a reference, not a copy. */
const BLOB_TEXT = 256 * 1024;

/** The store of places, the pair open now, a "Resume at" offer and the Recent list. */
export class Keeper {
	#store: PlaceStore | null;
	#session: Session;
	#follow: Follow;
	#onerror: (message: string) => void;
	#transcript: FileId | null = $state.raw(null);
	#text: string | Blob = '';
	#media: FileId | null = $state.raw(null);
	#handle: unknown = null;
	#offer: Place | null = $state.raw(null);
	#recent: Place[] = $state.raw([]);
	#ready = false;
	#timer: ReturnType<typeof setTimeout> | undefined;
	#failed = false;

	constructor(session: Session, follow: Follow, onerror: (message: string) => void) {
		this.#session = session;
		this.#follow = follow;
		this.#onerror = onerror;
		this.#store = typeof indexedDB === 'undefined' ? null : new PlaceStore(indexedDB);
	}

	/** A saved place for the pair just opened, whose position differs from the current one, or null. */
	get offer(): Place | null {
		return this.#offer;
	}
	/** Recently used pairs, newest first. */
	get recent(): Place[] {
		return this.#recent;
	}

	/** The place left last time (transcript text included), or null; call once on start. */
	async last(): Promise<Place | null> {
		try {
			return (await this.#store?.last()) ?? null;
		} catch (error) {
			this.#report('read', error);
			return null;
		} finally {
			void this.#loadRecent();
		}
	}

	/** Applies a saved place's settings and position (its transcript must already be open). */
	apply(place: Place): void {
		const { player } = this.#session;
		this.#media = place.media;
		this.#handle = place.handle ?? null;
		player.setLoop(null);
		player.setRate(place.rate);
		this.#session.setPauseMode(place.pauseMode);
		player.seek(place.position);
		player.setLoop(place.loop);
		if (place.following) this.#follow.resume();
		else this.#follow.pause();
		this.#offer = null;
	}

	/** Starts saving (after the last place was restored, so it is not overwritten by the defaults). */
	start(): void {
		this.#ready = true;
	}

	/**
	 * Records the transcript now open (its text is stored, so a file the reader chose survives a
	 * reload); `id`: the text's identity when already known (else it is computed here).
	 */
	async setTranscript(name: string, text: string | Blob, id?: FileId): Promise<void> {
		this.#text = typeof text === 'string' && text.length > BLOB_TEXT ? new Blob([text]) : text;
		this.#transcript =
			id ??
			(typeof text === 'string'
				? await textId(name, text)
				: { name, size: text.size, hash: await sha256Hex(await text.arrayBuffer()) });
		await this.#lookUp();
	}

	/** Records the media now open, by name, size and content hash (and its file handle, when it has one). */
	async setMedia(file: File, handle: unknown = null): Promise<void> {
		this.#handle = handle;
		try {
			this.#media = await fingerprint(file);
		} catch (error) {
			this.#report('read', error);
			return;
		}
		await this.#lookUp();
	}

	/** Goes back to the offered place ("Resume at 25:13"). */
	resume(): void {
		const place = this.#offer;
		if (place) this.apply(place);
	}

	/** Declines the offer. */
	dismiss(): void {
		this.#offer = null;
	}

	/** Saves soon; call from an effect that reads everything worth saving. */
	schedule(): void {
		if (!this.#ready || this.#timer !== undefined) return;
		this.#timer = setTimeout(() => {
			this.#timer = undefined;
			void this.save();
		}, SAVE_DELAY);
	}

	/** Writes the current place now; a failure is reported once (role=alert), not swallowed. */
	async save(): Promise<void> {
		const transcript = this.#transcript;
		if (!this.#store || !this.#ready || !transcript) return;
		const { player } = this.#session;
		const loop = player.loop;
		const place: Place = {
			key: placeKey(transcript, this.#media),
			transcript,
			transcriptText: this.#text,
			title: this.#session.original.title,
			media: this.#media,
			position: Math.round(player.time * 100) / 100,
			rate: player.baseRate,
			loop: loop ? { ...loop } : null,
			following: this.#follow.following,
			pauseMode: this.#session.pauseMode,
			retime: $state.snapshot(this.#session.retime),
			updated: Date.now(),
			...(this.#handle && this.#media ? { handle: this.#handle } : {})
		};
		try {
			await this.#store.put(place);
			this.#failed = false;
		} catch (error) {
			this.#report('write', error);
		}
	}

	/** Forgets a pair from the Recent list. */
	async forget(key: string): Promise<void> {
		try {
			await this.#store?.remove(key);
		} catch (error) {
			this.#report('write', error);
		}
		await this.#loadRecent();
	}

	/** Stops pending work. */
	destroy(): void {
		clearTimeout(this.#timer);
		this.#timer = undefined;
	}

	async #lookUp(): Promise<void> {
		const transcript = this.#transcript;
		if (!this.#store || !transcript) return;
		try {
			const saved = await this.#store.get(placeKey(transcript, this.#media));
			const now = this.#session.player.time;
			this.#offer = saved && Math.abs(saved.position - now) > 2 ? saved : null;
		} catch (error) {
			this.#report('read', error);
		}
		await this.#loadRecent();
	}

	async #loadRecent(): Promise<void> {
		try {
			this.#recent = (await this.#store?.recent(8)) ?? [];
		} catch {
			this.#recent = [];
		}
	}

	#report(what: 'read' | 'write', error: unknown): void {
		if (what === 'write' && this.#failed) return;
		if (what === 'write') this.#failed = true;
		const why = error instanceof Error ? error.message : String(error);
		this.#onerror(what === 'write' ? locale.t.placeNotSaved(why) : locale.t.placesNotRead(why));
	}
}
