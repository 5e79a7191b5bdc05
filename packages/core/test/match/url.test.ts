import { describe, expect, it } from 'vitest';
import { globMatch, matchUrl, pathOf, urlAllowed } from '../../src/match/url.js';
import type { UrlPattern } from '../../src/types/condition.js';

const URL_ = 'https://shop.example/checkout/thank-you?order=1001#top';

describe('pathOf', () => {
  it.each([
    [URL_, '/checkout/thank-you?order=1001#top'],
    ['https://shop.example', '/'],
    ['https://shop.example?x=1', '/?x=1'],
    ['https://shop.example#a', '/#a'],
    ['/relative/path', '/relative/path'],
    ['relative', '/relative'],
  ])('%s → %s', (url, expected) => {
    expect(pathOf(url)).toBe(expected);
  });
});

describe('globMatch', () => {
  it.each([
    ['/checkout/*', '/checkout/thank-you', true],
    ['/checkout/*', '/checkout', false],
    ['*thank-you*', '/a/b/thank-you?x', true],
    ['/p?ge', '/page', true],
    ['/p?ge', '/pge', false],
    ['*', '', true],
    ['', '', true],
    ['a*b*c', 'axxbyyc', true],
    ['a*b*c', 'axxbyy', false],
    ['**/x', 'a/b/x', true],
  ])('%s ~ %s → %s', (glob, text, expected) => {
    expect(globMatch(glob, text)).toBe(expected);
  });

  it('stays fast on a pathological pattern', () => {
    expect(globMatch('*a*a*a*a*a*a*a*a*b', 'a'.repeat(2_000))).toBe(false);
  });
});

describe('matchUrl', () => {
  it.each<[UrlPattern, boolean | undefined]>([
    [{ match: 'exact', value: URL_ }, true],
    [{ match: 'exact', value: '/checkout/thank-you' }, false],
    [{ match: 'prefix', value: '/checkout/' }, true],
    [{ match: 'prefix', value: 'https://shop.example/checkout' }, true],
    [{ match: 'prefix', value: 'https://other.example/' }, false],
    [{ match: 'glob', value: '/checkout/thank-you*' }, true],
    [{ match: 'glob', value: 'https://*.example/*' }, true],
    [{ match: 'regex', value: 'order=\\d+' }, true],
    [{ match: 'regex', value: '^/checkout/thank-you' }, true],
    [{ match: 'regex', value: '^/cart' }, false],
    [{ match: 'regex', value: '([' }, undefined],
  ])('%j → %s', (pattern, expected) => {
    expect(matchUrl(URL_, pathOf(URL_), pattern)).toBe(expected);
  });
});

describe('urlAllowed', () => {
  const bad: UrlPattern = { match: 'regex', value: '(' };
  const checkout: UrlPattern = { match: 'prefix', value: '/checkout' };
  it.each<[string, UrlPattern[] | undefined, UrlPattern[] | undefined, boolean]>([
    ['no patterns', undefined, undefined, true],
    ['empty include', [], undefined, true],
    ['included', [checkout], undefined, true],
    ['not included', [{ match: 'prefix', value: '/cart' }], undefined, false],
    ['included and excluded', [checkout], [{ match: 'glob', value: '*order=1001*' }], false],
    ['invalid include regex fails closed', [bad], undefined, false],
    ['invalid exclude regex fails closed', undefined, [bad], false],
  ])('%s', (_name, include, exclude, expected) => {
    const lists = { ...(include && { include }), ...(exclude && { exclude }) };
    expect(urlAllowed(URL_, pathOf(URL_), lists)).toBe(expected);
  });
});

describe('compiled regexes are reused by source, never by config object', () => {
  it('a pattern edited in place is matched with its new source', () => {
    const pattern: UrlPattern = { match: 'regex', value: '^/checkout' };
    expect(matchUrl(URL_, pathOf(URL_), pattern)).toBe(true);
    pattern.value = '^/cart';
    expect(matchUrl(URL_, pathOf(URL_), pattern)).toBe(false);
    pattern.value = '(';
    expect(matchUrl(URL_, pathOf(URL_), pattern)).toBeUndefined();
  });

  it('an invalid regex fails closed every time, not only when first compiled', () => {
    for (let round = 0; round < 3; round += 1) {
      expect(urlAllowed(URL_, pathOf(URL_), { include: [{ match: 'regex', value: '[' }] })).toBe(
        false,
      );
    }
  });

  it('many distinct sources (more than the cache keeps) all match correctly', () => {
    for (let index = 0; index < 250; index += 1) {
      const pattern: UrlPattern = { match: 'regex', value: `order=${index}(?!\\d)` };
      expect(matchUrl(URL_, pathOf(URL_), pattern)).toBe(false);
      expect(matchUrl(`https://shop.example/?order=${index}`, '/', pattern)).toBe(true);
    }
  });
});
