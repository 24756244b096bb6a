/** Parsing and formatting of timecodes (`1:02:03.45`, `02:03`, `[02:03]`, `**(02:03)**`) and ISO 8601 durations. */

/** Options for {@link parseTimecode}. */
export interface ParseTimecodeOptions {
	/** Also accept a bare number of seconds (`44.5`); off by default because bare numbers are rarely times. */
	plainSeconds?: boolean;
}

const WRAPPERS = /^[\s*_]*[([]?\s*|\s*[)\]]?[\s*_]*$/g;
const COLON_FORM = /^(?:(\d+):)?(\d{1,2}|\d+):(\d{1,2})(?:[.,](\d+))?$/;
const PLAIN_SECONDS = /^\d+(?:[.,]\d+)?$/;

/** Rounds to whole milliseconds so that `1.45` stays `1.45` after arithmetic. */
export function roundMs(sec: number): number {
	return Math.round(sec * 1000) / 1000;
}

/** Parses `01:44`, `1:02:03`, `1:02:03.45`, `02:03,500`, `[01:44]`, `(01:44)`, `**(01:44)**` into seconds, or null. */
export function parseTimecode(s: string, options: ParseTimecodeOptions = {}): number | null {
	// A bare timecode (as timeline lines hand it over) needs no unwrapping: it is its own core.
	const bare = COLON_FORM.exec(s);
	const core = bare ? s : s.trim().replace(WRAPPERS, '');
	const m = bare ?? COLON_FORM.exec(core);
	if (m) {
		const [, h, mm = '0', ss = '0', frac] = m;
		const minutes = Number(mm);
		const seconds = Number(ss);
		if (ss.length !== 2 || seconds >= 60) return null;
		if (h !== undefined && (minutes >= 60 || mm.length !== 2)) return null;
		const fraction = frac ? Number(`0.${frac}`) : 0;
		return roundMs((h ? Number(h) * 3600 : 0) + minutes * 60 + seconds + fraction);
	}
	if (options.plainSeconds && PLAIN_SECONDS.test(core))
		return roundMs(Number(core.replace(',', '.')));
	return null;
}

/** Options for {@link formatTimecode}. */
export interface FormatTimecodeOptions {
	/** Always show the hours (`0:25:11`); by default hours appear only when non-zero. */
	withHours?: boolean;
	/** Show milliseconds (trailing zeros trimmed) when the time is not a whole second. */
	fraction?: boolean;
}

/** Formats seconds as `25:11` or `1:02:03` (minutes always two digits), optionally with a fraction. */
export function formatTimecode(sec: number, options: FormatTimecodeOptions = {}): string {
	const ms = Number.isFinite(sec) && sec > 0 ? Math.round(sec * 1000) : 0;
	const whole = options.fraction ? Math.floor(ms / 1000) : Math.floor(sec > 0 ? sec : 0);
	const h = Math.floor(whole / 3600);
	const m = Math.floor((whole % 3600) / 60);
	const s = whole % 60;
	const pad = (n: number): string => String(n).padStart(2, '0');
	const frac =
		options.fraction && ms % 1000
			? `.${String(ms % 1000).padStart(3, '0')}`.replace(/0+$/, '')
			: '';
	const tail = `${pad(m)}:${pad(s)}${frac}`;
	return h > 0 || options.withHours ? `${h}:${tail}` : tail;
}

/** Formats seconds as an exact ISO 8601 duration to the millisecond: `PT0S`, `PT25M11.25S`, `PT1H2M3.5S`. */
export function toIsoDuration(sec: number): string {
	const ms = Number.isFinite(sec) && sec > 0 ? Math.round(sec * 1000) : 0;
	const h = Math.floor(ms / 3_600_000);
	const m = Math.floor((ms % 3_600_000) / 60_000);
	const rest = ms % 60_000;
	const s = Math.floor(rest / 1000);
	const frac = rest % 1000 ? `.${String(rest % 1000).padStart(3, '0')}`.replace(/0+$/, '') : '';
	let out = 'PT';
	if (h) out += `${h}H`;
	if (m) out += `${m}M`;
	if (rest || (!h && !m)) out += `${s}${frac}S`;
	return out;
}

const UNIT_FORM = /^(?:(\d+(?:\.\d+)?)h)?(?:(\d+(?:\.\d+)?)m)?(?:(\d+(?:\.\d+)?)s)?$/i;

/** Parses a `?t=` deep-link value (`1511`, `1511.5`, `25:11`, `25m11s`, `1h2m3s`, `90s`) into seconds, or null. */
export function parseDeepLinkTime(s: string): number | null {
	const v = s.trim();
	if (!v) return null;
	if (/^\d+(?:\.\d+)?$/.test(v)) return roundMs(Number(v));
	if (v.includes(':')) return parseTimecode(v);
	const m = UNIT_FORM.exec(v);
	if (!m || (!m[1] && !m[2] && !m[3])) return null;
	return roundMs(Number(m[1] ?? 0) * 3600 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0));
}
