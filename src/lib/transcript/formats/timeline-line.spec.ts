import { describe, expect, it } from 'vitest';
import { parseTimestampLine } from './timeline-line';

describe('parseTimestampLine', () => {
	it.each([
		[
			'**(01:44)** 揭开多模式人工智能的面纱：技术的飞跃',
			104,
			'揭开多模式人工智能的面纱：技术的飞跃'
		],
		['(01:44) Title', 104, 'Title'],
		['01:44 Title', 104, 'Title'],
		['[01:44] Title', 104, 'Title'],
		['- 01:44 - Title', 104, 'Title'],
		['* [01:44] **Bold** title', 104, 'Bold title'],
		['1:02:03 Title', 3723, 'Title'],
		['00:00 - Intro', 0, 'Intro'],
		['00:00 – Intro', 0, 'Intro'],
		['02:03.5 Title', 123.5, 'Title'],
		['**01:44** Title', 104, 'Title'],
		['01:44', 104, '']
	])('%s', (line, time, title) => {
		expect(parseTimestampLine(line)).toMatchObject({ time, title });
	});

	it('normalises the label', () => {
		expect(parseTimestampLine('1:44 x')?.label).toBe('01:44');
		expect(parseTimestampLine('01:02:03 x')?.label).toBe('1:02:03');
	});

	it.each([
		'Title 01:44',
		'## 01:44 x',
		'(01:44] x',
		'12:345 x',
		'1:2 x',
		'at 01:44',
		'2024:05:16 x'
	])('rejects %j', (line) => {
		expect(parseTimestampLine(line)).toBeNull();
	});
});
