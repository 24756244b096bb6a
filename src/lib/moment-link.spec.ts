import { describe, expect, it } from 'vitest';
import { fragmentId, momentUrl } from './moment-link';

describe('moment links', () => {
	it('puts the time in tenths and the section slug in the fragment', () => {
		expect(momentUrl('https://x.test/app/?t=5#old', 1511.26, '探讨人工智能道德与监管')).toBe(
			'https://x.test/app/?t=1511.3#%E6%8E%A2%E8%AE%A8%E4%BA%BA%E5%B7%A5%E6%99%BA%E8%83%BD%E9%81%93%E5%BE%B7%E4%B8%8E%E7%9B%91%E7%AE%A1'
		);
		expect(momentUrl('https://x.test/', 3, null)).toBe('https://x.test/?t=3');
	});
	it('reads a fragment back', () => {
		expect(fragmentId('#%E7%AE%80%E4%BB%8B')).toBe('简介');
		expect(fragmentId('#%E0%A4%A')).toBe('%E0%A4%A');
		expect(fragmentId('')).toBeNull();
	});
});
