/** Hex SHA-256 (WebCrypto), for the page and for workers alike: this module starts no worker itself. */

/** Hex SHA-256 of `bytes`. */
export async function sha256Hex(bytes: BufferSource): Promise<string> {
	const digest = await crypto.subtle.digest('SHA-256', bytes);
	return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
