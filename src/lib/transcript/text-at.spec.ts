import { describe, expect, it } from 'vitest';
import { parseTranscript } from './formats';
import { shorten, textAt } from './text-at';
import { indexSentences, timeSentences } from './timing';

const md = [
	'# Test',
	'',
	'# Timeline',
	'',
	'**(00:00)** Opening',
	'',
	'**(00:20)** Models',
	'',
	'# Transcript',
	'',
	'## Opening',
	'',
	'我们先聊聊天气。然后再说别的事情，好吗？',
	'',
	'## Models',
	'',
	'Today we talk about **new** models. The second sentence is here.'
].join('\n');

const t = parseTranscript(md, 'test.md');
const sentences = indexSentences(t);
const clock = { transcript: t, sentences, times: timeSentences(t, sentences, 40), duration: 40 };

describe('shorten', () => {
	it('collapses whitespace and cuts at a code point with an ellipsis', () => {
		expect(shorten('  a \n b  ', 10)).toBe('a b');
		expect(shorten('abcdefghij', 5)).toBe('abcd…');
		expect(shorten('😀😀😀😀', 3)).toBe('😀😀…');
	});
});

describe('textAt', () => {
	it('names the sentence spoken at a moment, markup removed', () => {
		expect(textAt(clock, 0)).toBe('我们先聊聊天气。');
		expect(textAt(clock, 20)).toBe('Today we talk about new models.');
		expect(textAt(clock, 39)).toBe('The second sentence is here.');
	});
	it('shortens long sentences', () => {
		expect(textAt(clock, 20, 12)).toBe('Today we ta…');
	});
	it('falls back to the section title, and to nothing before the first timed part', () => {
		const bare = parseTranscript('# T\n\n## 00:05 Only\n', 'bare.md');
		const none = indexSentences(bare);
		const c = { transcript: bare, sentences: none, times: timeSentences(bare, none, 10) };
		expect(textAt(c, 6)).toBe('Only');
		expect(textAt(c, 1)).toBe('');
	});
});
