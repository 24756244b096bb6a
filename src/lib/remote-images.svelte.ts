import { safeHref } from '$lib/transcript/formats/inline';
import type { Block, Inline, Transcript } from '$lib/transcript/model';
import { getContext, setContext } from 'svelte';

/** True for an image the browser may fetch once the reader allows it (absolute https only, as the CSP). */
export function isRemoteImage(piece: Inline): piece is Extract<Inline, { kind: 'image' }> {
	return piece.kind === 'image' && safeHref(piece.src)?.startsWith('https:') === true;
}

/** How many distinct remote images a transcript shows (one pass, no arrays built: it runs on every open). */
export function countRemoteImages(transcript: Transcript): number {
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a local tally, not state
	const srcs = new Set<string>();
	const scan = (blocks: readonly Block[]) => {
		for (const block of blocks)
			for (const piece of block.inlines)
				if (piece.kind === 'image' && isRemoteImage(piece)) srcs.add(piece.src);
	};
	scan(transcript.front);
	for (const section of transcript.sections) scan(section.blocks);
	scan(transcript.back);
	return srcs.size;
}

/** Whether the reader has asked for the open transcript's remote images; nothing is fetched before. */
export class RemoteImages {
	#owner: Transcript | null = $state.raw(null);

	/** True once the reader pressed "Load N remote images" for `transcript`. */
	allowedFor(transcript: Transcript): boolean {
		return this.#owner === transcript;
	}

	/** Allows `transcript`'s remote images (a new transcript asks again). */
	allow(transcript: Transcript): void {
		this.#owner = transcript;
	}
}

const KEY = Symbol('remote-images');

/** Lets every `Inlines` below the calling component ask whether remote images may load now. */
export function provideRemoteImages(allowed: () => boolean): void {
	setContext(KEY, allowed);
}

/** Whether remote images may load now; false outside a provider (images stay placeholders). */
export function remoteImagesAllowed(): () => boolean {
	return getContext<(() => boolean) | undefined>(KEY) ?? (() => false);
}
