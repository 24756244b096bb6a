/** Recognises a line that starts with a timestamp: `**(01:44)** Title`, `01:44 Title`, `- 01:44 - Title`, `[1:02:03] Title`. */
import { formatTimecode, parseTimecode } from '../timecode';
import { plainText } from './inline';

/** A timestamp found at the start of a line, with the title after it. */
export interface TimestampLine {
	/** Start time in seconds. */
	time: number;
	/** The timestamp normalised (`25:11`, `1:02:03`, `02:03.5`). */
	label: string;
	/** The rest of the line, markup removed and trimmed. */
	title: string;
}

const STAMP =
	/^\s*(?:[-*+]\s+|\d+[.)]\s+)?(?:\*\*|__)?\s*([([])?\s*(\d{1,2}(?::\d{2}){1,2}(?:[.,]\d+)?)\s*([)\]])?\s*(?:\*\*|__)?(?=\s|$|[-–—:|])\s*(?:[-–—|:]\s*)?(.*)$/;

/** Parses a line starting with a timestamp (brackets must pair), or returns null. */
export function parseTimestampLine(line: string): TimestampLine | null {
	const m = STAMP.exec(line);
	if (!m) return null;
	const [, open, stamp = '', close, rest = ''] = m;
	if ((open === '(' && close !== ')') || (open === '[' && close !== ']') || (!open && close))
		return null;
	const time = parseTimecode(stamp);
	if (time === null) return null;
	const title = plainText(rest.replace(/\s+-\s*$/, '')).trim();
	return { time, label: formatTimecode(time, { fraction: true }), title };
}
