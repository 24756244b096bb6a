import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseHeadingLine } from './blocks';

/** The heading grammar as a regex alone (what the quick path must agree with). */
function byRegex(line: string): { level: number; raw: string } | null {
	const m = /^(#{1,6})\s+(.*?)(?:\s+#+)?\s*$/.exec(line);
	return m ? { level: (m[1] ?? '').length, raw: (m[2] ?? '').trim() } : null;
}

describe('parseHeadingLine', () => {
	it('reads the usual headings, and leaves what is not one', () => {
		expect(parseHeadingLine('## Opening')).toEqual({ level: 2, raw: 'Opening' });
		expect(parseHeadingLine('###\t监管  ')).toEqual({ level: 3, raw: '监管' });
		expect(parseHeadingLine('## Closing ##')).toEqual({ level: 2, raw: 'Closing' });
		expect(parseHeadingLine('## C# and F#')).toEqual({ level: 2, raw: 'C# and F#' });
		expect(parseHeadingLine('####### Seven')).toBeNull();
		expect(parseHeadingLine('##No space')).toBeNull();
		expect(parseHeadingLine('Text ## not a heading')).toBeNull();
	});

	it('agrees with the heading regex on any line', () => {
		const piece = fc.constantFrom(
			'#',
			'##',
			' ',
			'\t',
			'\u3000',
			'\u2028',
			'a',
			'Title',
			'监',
			'# ',
			' #',
			'x#'
		);
		fc.assert(
			fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
				const line = parts.join('');
				expect(parseHeadingLine(line)).toEqual(byRegex(line));
			}),
			{ numRuns: 3000 }
		);
	});
});
