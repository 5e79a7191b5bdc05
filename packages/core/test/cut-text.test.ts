import { describe, expect, it } from 'vitest';
import { cutText } from '../src/index.js';

describe('cutText', () => {
  it.each([
    ['short text unchanged', 'abc', 5, 'abc'],
    ['exactly the limit', 'abcde', 5, 'abcde'],
    ['plain text cut at the limit', 'abcdef', 5, 'abcde'],
    ['a pair straddling the limit left out whole', 'abcd👍', 5, 'abcd'],
    ['a pair ending at the limit kept', 'abc👍x', 5, 'abc👍'],
    ['a skin-tone modifier after the limit dropped whole', 'ab👍🏽', 4, 'ab👍'],
    ['a limit of one before a pair', '👍', 1, ''],
  ])('%s', (_label, text, max, expected) => {
    const cut = cutText(text, max);
    expect(cut).toBe(expected);
    expect(cut.length).toBeLessThanOrEqual(max);
    // No lone surrogate left at the end.
    expect(/[\uD800-\uDBFF]$/.test(cut)).toBe(false);
  });
});
