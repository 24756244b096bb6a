import { describe, expect, it } from 'vitest';
import { createTitleMatcher } from './similarity';

describe('createTitleMatcher', () => {
	const corpus = [
		'揭开多模式人工智能的面纱：技术的飞跃',
		'多模态人工智能的面纱',
		'领先 OpenAI 的个人影响',
		'领导OpenAI的个人影响',
		'人工智能在创意和个人身份中的作用',
		'Why most startups fail early',
		'Why startups fail so early'
	];
	const m = createTitleMatcher(corpus);
	it('scores reworded titles well above unrelated ones', () => {
		expect(m.similarity(corpus[0] ?? '', corpus[1] ?? '')).toBeGreaterThan(0.5);
		expect(m.similarity(corpus[2] ?? '', corpus[3] ?? '')).toBeGreaterThan(0.5);
		expect(m.similarity(corpus[5] ?? '', corpus[6] ?? '')).toBeGreaterThan(0.5);
		expect(m.similarity(corpus[0] ?? '', corpus[4] ?? '')).toBeLessThan(0.3);
		expect(m.similarity(corpus[3] ?? '', corpus[6] ?? '')).toBe(0);
	});
	it('is symmetric, 1 for identical text and 0 for empty text', () => {
		expect(m.similarity('多模态人工智能', '多模态人工智能')).toBeCloseTo(1);
		expect(m.similarity(corpus[0] ?? '', corpus[1] ?? '')).toBeCloseTo(
			m.similarity(corpus[1] ?? '', corpus[0] ?? '')
		);
		expect(m.similarity('', '人工智能')).toBe(0);
	});
	it('measures containment of a title in a paragraph', () => {
		const hay = m.units('我们今天讨论快速爆发的场景，以及社会的惯性。');
		expect(m.containment('快速起飞的场景', hay)).toBeGreaterThan(
			m.containment('教育系统适应', hay)
		);
	});
});
