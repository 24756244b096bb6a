import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	collapseSpaces,
	joinLines,
	matchUnits,
	normalizeText,
	slugify,
	stemWord,
	textWeight,
	tokenize
} from './text';

describe('normalizeText', () => {
	it('folds width and case and strips ASCII and CJK punctuation', () => {
		expect(normalizeText('揭开多模式人工智能的面纱：技术的飞跃')).toBe(
			'揭开多模式人工智能的面纱 技术的飞跃'
		);
		expect(normalizeText('“你好”、（世界），Ｈｅｌｌｏ, World!')).toBe('你好 世界 hello world');
	});
});

describe('tokenize', () => {
	it('splits CJK into characters and bigrams and Latin into words', () => {
		const t = tokenize('领导OpenAI的个人影响');
		expect(t.chars).toEqual(['领', '导', '的', '个', '人', '影', '响']);
		expect(t.bigrams).toEqual(['领导', '的个', '个人', '人影', '影响']);
		expect(t.words).toEqual(['openai']);
	});
	it('lowercases and stems Latin words', () => {
		expect(tokenize('Thinking about the Models, studies!').words).toEqual([
			'think',
			'about',
			'the',
			'model',
			'study'
		]);
		expect(stemWord('class')).toBe('class');
	});
	it('tags distinct units', () => {
		expect([...matchUnits('AI 人工 AI')]).toEqual(['c:人', 'c:工', 'b:人工', 'w:ai']);
	});
	it('gives plain ASCII (read without regular expressions) the units tokenize gives it', () => {
		const ascii = fc.string({
			unit: fc.constantFrom(...'aZ09 -_.,:;!?()[]{}\'"#$%&*+/<=>@^`|~xyzINGSEDiesss'.split(''))
		});
		fc.assert(
			fc.property(ascii, (text) => {
				const t = tokenize(text);
				const units = [
					...t.chars.map((c) => `c:${c}`),
					...t.bigrams.map((b) => `b:${b}`),
					...t.words.map((w) => `w:${w}`)
				];
				expect([...matchUnits(text)]).toEqual([...new Set(units)]);
			}),
			{ numRuns: 1000 }
		);
		expect([...matchUnits('Thinking about Models, 2 studies!')]).toEqual([
			'w:think',
			'w:about',
			'w:model',
			'w:2',
			'w:study'
		]);
	});
});

describe('joinLines', () => {
	it('joins CJK without a space and Latin with one', () => {
		expect(joinLines('欢迎来到Logan', 'Bartlett的节目')).toBe('欢迎来到Logan Bartlett的节目');
		expect(joinLines('实现 AGI', '的时间表')).toBe('实现 AGI的时间表');
		expect(joinLines('人工', '智能')).toBe('人工智能');
		expect(joinLines('hello  ', '  world')).toBe('hello world');
		expect(joinLines('', 'x')).toBe('x');
	});
});

describe('textWeight', () => {
	it('counts letters and digits only', () => {
		expect(textWeight('人工智能, AI 4!')).toBe(7);
	});
	it('counts each letter or digit code point once, astral and lone surrogates included', () => {
		const reference = (s: string): number => s.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
		expect(textWeight('𠀀𝟘a\ud800b\udc00，Ａ１')).toBe(6);
		fc.assert(
			fc.property(fc.string({ unit: 'binary' }), (s) => {
				expect(textWeight(s)).toBe(reference(s));
			})
		);
	});
});

describe('collapseSpaces', () => {
	it('collapses every whitespace run to one space and trims', () => {
		expect(collapseSpaces(' a \u00a0b\t c  d ')).toBe('a b c d');
		fc.assert(
			fc.property(
				fc.string({ unit: fc.constantFrom('a', ' ', '  ', '\t', '\n', '\u00a0', '\u3000', '中') }),
				(s) => {
					expect(collapseSpaces(s)).toBe(s.replace(/\s+/g, ' ').trim());
				}
			)
		);
	});
});

describe('slugify', () => {
	it('keeps CJK, hyphenates Latin and dedupes', () => {
		const taken = new Set<string>();
		expect(slugify('探索人工智能伦理和监管', taken)).toBe('探索人工智能伦理和监管');
		expect(slugify('幕后:实现多模态人工智能', taken)).toBe('幕后-实现多模态人工智能');
		expect(slugify('The Future of AI!', taken)).toBe('the-future-of-ai');
		expect(slugify('The future of AI', taken)).toBe('the-future-of-ai-2');
		expect(slugify('the future -- of AI', taken)).toBe('the-future-of-ai-3');
		expect(slugify('!!!', taken)).toBe('section');
		expect(slugify('', taken)).toBe('section-2');
	});
	it('gives plain ASCII (read by the shorter path) the slug of the Unicode definition', () => {
		const unicodeSlug = (title: string): string =>
			title
				.normalize('NFKC')
				.toLowerCase()
				.replace(/[^\p{L}\p{N}]+/gu, '-')
				.replace(/^-+|-+$/g, '') || 'section';
		const ascii = fc.string({ unit: fc.constantFrom(...' aZ09-_.,:!?()#&~'.split('')) });
		fc.assert(
			fc.property(ascii, (title) => {
				expect(slugify(title, new Set())).toBe(unicodeSlug(title));
			}),
			{ numRuns: 1000 }
		);
	});
});
