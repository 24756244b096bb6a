/** Keeps the reader's place: saves position, rate, loops, follow mode and retiming per transcript + media pair. */
import type { Follow } from '$lib/follow.svelte';
import { locale } from '$lib/i18n/locale.svelte';
import type { Session } from '$lib/session.svelte';
import { fingerprint, textId, type FileId } from './fingerprint';
import { sha256Hex } from './sha256';
import { placeKey, PlaceStore, type Place } from './places';

/** How long (ms) changes wait before they are written (position changes every frame while playing). */
const SAVE_DELAY = 1000;

/** The store of places, the pair open now, a "Resume at" offer and the Recent list. */
export class Keeper {
	#store: PlaceStore | null;
	#session: Session;
	#follow: Follow;
	#onerror: (message: string) => void;
	#transcript: FileId | null = $state.raw(null);
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

	/** The text of a place's transcript, or null when it was not kept (or cannot be read). */
	async text(place: Place): Promise<string | Blob | null> {
		try {
			return (await this.#store?.text(place)) ?? null;
		} catch (error) {
			this.#report('read', error);
			return null;
		}
	}

	/** The place left last time, or null; call once on start. */
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
		this.#session.setSavedLoops(place.loops ?? []);
		if (place.following) this.#follow.resume();
		else this.#follow.pause();
		this.#offer = null;
	}

	/** Starts saving (after the last place was restored, so it is not overwritten by the defaults). */
	start(): void {
		this.#ready = true;
	}

	/**
	 * Records the transcript now open; its text is stored once (not with every save), so a file the
	 * reader chose survives a reload. `id`: the text's identity when already known (else computed here).
	 */
	async setTranscript(name: string, text: string | Blob, id?: FileId): Promise<void> {
		const known =
			id ??
			(typeof text === 'string'
				? await textId(name, text)
				: { name, size: text.size, hash: await sha256Hex(await text.arrayBuffer()) });
		this.#transcript = known;
		try {
			await this.#store?.putText(known, text);
		} catch (error) {
			this.#report('write', error);
		}
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

	/**
	 * Saves soon: within a second for the moving position, at once (`now`) for a deliberate change
	 * (a loop, the rate…), so a reload right after it keeps it. Call from effects that read what to save.
	 */
	schedule(now = false): void {
		if (!this.#ready) return;
		if (this.#timer !== undefined) {
			if (!now) return;
			clearTimeout(this.#timer);
		}
		this.#timer = setTimeout(
			() => {
				this.#timer = undefined;
				void this.save();
			},
			now ? 0 : SAVE_DELAY
		);
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
			title: this.#session.original.title,
			media: this.#media,
			position: Math.round(player.time * 100) / 100,
			rate: player.baseRate,
			loop: loop ? { ...loop } : null,
			loops: this.#session.savedLoops.map((l) => ({ ...l })),
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
			// Saved loops come back with the pair whatever the position (they are never lost to a new save).
			if (saved?.loops?.length) this.#session.mergeSavedLoops(saved.loops);
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
