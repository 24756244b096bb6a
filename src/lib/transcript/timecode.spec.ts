import { describe, expect, it } from 'vitest';
import { formatTimecode, parseDeepLinkTime, parseTimecode, toIsoDuration } from './timecode';

describe('parseTimecode', () => {
	it.each([
		['01:44', 104],
		['00:00', 0],
		['1:02:03', 3723],
		['1:02:03.45', 3723.45],
		['02:03,500', 123.5],
		['[01:44]', 104],
		['(01:44)', 104],
		['**(01:44)**', 104],
		['  **[1:02:03]**  ', 3723],
		['75:30', 4530],
		['0:05', 5]
	])('%s → %d', (input, expected) => {
		expect(parseTimecode(input)).toBe(expected);
	});

	it.each(['', 'abc', '1:2', '01:60', '1:60:00', '1:2:03', '44.5', '12', '01:44 title'])(
		'rejects %j',
		(input) => {
			expect(parseTimecode(input)).toBeNull();
		}
	);

	it('accepts plain seconds only when asked', () => {
		expect(parseTimecode('44.5', { plainSeconds: true })).toBe(44.5);
		expect(parseTimecode('44,5', { plainSeconds: true })).toBe(44.5);
		expect(parseTimecode('44.5')).toBeNull();
	});
});

describe('formatTimecode', () => {
	it('formats minutes and hours', () => {
		expect(formatTimecode(1511)).toBe('25:11');
		expect(formatTimecode(1511.9)).toBe('25:11');
		expect(formatTimecode(50)).toBe('00:50');
		expect(formatTimecode(3723)).toBe('1:02:03');
		expect(formatTimecode(1511, { withHours: true })).toBe('0:25:11');
		expect(formatTimecode(-3)).toBe('00:00');
		expect(formatTimecode(Number.NaN)).toBe('00:00');
	});
	it('shows fractions on request', () => {
		expect(formatTimecode(123.5, { fraction: true })).toBe('02:03.5');
		expect(formatTimecode(123, { fraction: true })).toBe('02:03');
		expect(formatTimecode(59.9996, { fraction: true })).toBe('01:00');
	});
});

describe('toIsoDuration', () => {
	it.each([
		[0, 'PT0S'],
		[1511.25, 'PT25M11.25S'],
		[3723.5, 'PT1H2M3.5S'],
		[3600, 'PT1H'],
		[60, 'PT1M'],
		[0.001, 'PT0.001S'],
		[1.0004, 'PT1S'],
		[3600.05, 'PT1H0.05S'],
		[-5, 'PT0S']
	])('%d → %s', (sec, iso) => {
		expect(toIsoDuration(sec)).toBe(iso);
	});
});

describe('parseDeepLinkTime', () => {
	it.each([
		['1511', 1511],
		['1511.5', 1511.5],
		['25:11', 1511],
		['25m11s', 1511],
		['1h2m3s', 3723],
		['90s', 90],
		['2m', 120],
		['1H', 3600]
	])('%s → %d', (input, expected) => {
		expect(parseDeepLinkTime(input)).toBe(expected);
	});
	it.each(['', 'x', '1m2', 'h', '-5', '25:61'])('rejects %j', (input) => {
		expect(parseDeepLinkTime(input)).toBeNull();
	});
});
