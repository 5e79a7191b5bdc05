import { describe, expect, it } from 'vitest';
import { localeMatches, matches } from '../../src/match/condition.js';
import type { Condition } from '../../src/types/condition.js';

const subject = {
  visitor: { traits: { plan: 'pro', orders: 3, employee: false } },
  context: { url: 'https://shop.example/orders/1', device: 'mobile' as const, locale: 'da-DK' },
  path: '/orders/1',
};

describe('matches', () => {
  it.each<[string, Condition | undefined, boolean]>([
    ['absent', undefined, true],
    ['device', { device: ['mobile', 'tablet'] }, true],
    ['other device', { device: ['desktop'] }, false],
    ['locale language', { locale: ['da'] }, true],
    ['locale other', { locale: ['nb', 'fi'] }, false],
    ['trait', { trait: 'orders', op: '>=', value: 2 }, true],
    ['missing trait', { trait: 'vip', op: '=', value: true }, false],
    ['url', { url: { include: [{ match: 'prefix', value: '/orders/' }] } }, true],
    ['url excluded', { url: { exclude: [{ match: 'glob', value: '/orders/*' }] } }, false],
    ['all', { all: [{ device: ['mobile'] }, { trait: 'plan', op: '=', value: 'pro' }] }, true],
    [
      'all with one false',
      { all: [{ device: ['mobile'] }, { trait: 'plan', op: '=', value: 'free' }] },
      false,
    ],
    ['empty all', { all: [] }, true],
    ['any', { any: [{ device: ['desktop'] }, { locale: ['da'] }] }, true],
    ['empty any', { any: [] }, false],
    ['not', { not: { trait: 'employee', op: '=', value: true } }, true],
    [
      'nested',
      { not: { any: [{ device: ['desktop'] }, { all: [{ locale: ['da-DK'] }] }] } },
      false,
    ],
  ])('%s', (_name, condition, expected) => {
    expect(matches(condition, subject)).toBe(expected);
  });
});

describe('localeMatches', () => {
  it.each<[string, string[], boolean]>([
    ['da-DK', ['da'], true],
    ['da-DK', ['DA-dk'], true],
    ['da', ['da-DK'], false],
    ['dan', ['da'], false],
    ['zh-Hans-CN', ['zh-Hans'], true],
  ])('%s in %j → %s', (locale, wanted, expected) => {
    expect(localeMatches(locale, wanted)).toBe(expected);
  });
});
