/** Reopening a media file without picking it again, via File System Access handles (Chromium only; feature-detected). */

interface HandleLike {
	kind: 'file';
	name: string;
	getFile(): Promise<File>;
	queryPermission?(opts: { mode: 'read' }): Promise<PermissionState>;
	requestPermission?(opts: { mode: 'read' }): Promise<PermissionState>;
}

type Picker = (opts: {
	multiple?: boolean;
	types?: { description: string; accept: Record<string, string[]> }[];
}) => Promise<HandleLike[]>;

function picker(): Picker | null {
	const w =
		typeof window === 'undefined' ? null : (window as unknown as { showOpenFilePicker?: Picker });
	return w?.showOpenFilePicker ?? null;
}

/** True when this browser can hand out file handles that survive a reload. */
export function canRememberFiles(): boolean {
	return picker() !== null;
}

/** Asks for a media file with the system picker; null when cancelled or unsupported. */
export async function pickMediaFile(): Promise<{ file: File; handle: unknown } | null> {
	const pick = picker();
	if (!pick) return null;
	try {
		const [handle] = await pick({
			types: [
				{
					description: 'Audio or video',
					accept: {
						'audio/*': [
							'.mp3',
							'.m4a',
							'.m4b',
							'.aac',
							'.ogg',
							'.oga',
							'.opus',
							'.flac',
							'.wav',
							'.weba'
						],
						'video/*': ['.mp4', '.m4v', '.webm', '.mkv', '.mov']
					}
				}
			]
		});
		return handle ? { file: await handle.getFile(), handle } : null;
	} catch (error) {
		if (error instanceof DOMException && error.name === 'AbortError') return null;
		throw error;
	}
}

/** The file behind a stored handle, asking for permission again if needed (call from a click); null when refused or gone. */
export async function fileFromHandle(handle: unknown, ask: boolean): Promise<File | null> {
	const h = handle as HandleLike | null;
	if (!h || h.kind !== 'file' || typeof h.getFile !== 'function') return null;
	try {
		let state = (await h.queryPermission?.({ mode: 'read' })) ?? 'granted';
		if (state !== 'granted' && ask)
			state = (await h.requestPermission?.({ mode: 'read' })) ?? 'denied';
		return state === 'granted' ? await h.getFile() : null;
	} catch {
		return null;
	}
}
