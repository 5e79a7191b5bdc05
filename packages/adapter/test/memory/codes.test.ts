import { describe, expect, it } from 'vitest';
import { fnv1a, referralCode, tag } from '../../src/memory/codes.js';

describe('codes', () => {
  it.each([
    ['', 0x811c9dc5],
    ['a', 0xe40c292c],
    ['foobar', 0xbf9cf968],
  ])('fnv1a(%j) matches the reference value', (text, hash) => {
    expect(fnv1a(text)).toBe(hash);
  });

  it('tags are four stable base-36 characters', () => {
    expect(tag('id:c1')).toMatch(/^[0-9A-Z]{4}$/);
    expect(tag('id:c1')).toBe(tag('id:c1'));
    expect(tag('id:c1')).not.toBe(tag('id:c2'));
  });

  it.each([
    ['Anna Berg', /^ANNA-/],
    ['  ', /^FRIEND-/],
    [undefined, /^FRIEND-/],
    ['Jean-Luc', /^JEANLUC-/],
    ['Maximiliano', /^MAXIMILI-/],
  ])('uses the first name %j', (name, pattern) => {
    expect(referralCode('id:c1', name)).toMatch(pattern);
  });
});
