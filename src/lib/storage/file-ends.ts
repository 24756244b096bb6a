/** What a file's identity hashes: its first and last MiB (the whole file when smaller than 2 MiB). */

/** How much of each end of a file is hashed. */
export const SPAN = 1024 * 1024;

/**
 * The part of `file` whose hash identifies it: its first and last {@link SPAN} bytes, or all of it.
 * Slicing a file in Chromium is a round trip to the browser process (3–37 ms on the page's thread
 * here, the first time), so the hashing worker does it, not the page.
 */
export function hashedPart(file: Blob): Blob {
	return file.size <= 2 * SPAN
		? file
		: new Blob([file.slice(0, SPAN), file.slice(file.size - SPAN)]);
}
