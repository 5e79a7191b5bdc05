import { describe, expect, it } from 'vitest';
import { type ConditionProblem, checkCondition } from '../../src/schema/condition.js';

function check(value: unknown) {
  const problems: ConditionProblem[] = [];
  const condition = checkCondition(value, [], problems);
  return { condition, problems: problems.map((item) => `${item.path.join('.')}: ${item.message}`) };
}

describe('checkCondition', () => {
  it.each([
    { input: { device: ['mobile'] }, expected: { device: ['mobile'] } },
    { input: { locale: ['da', 'nb'] }, expected: { locale: ['da', 'nb'] } },
    { input: { trait: 'plan', op: 'exists' }, expected: { trait: 'plan', op: 'exists' } },
    {
      input: { url: { include: ['/checkout/*'] } },
      expected: { url: { include: [{ match: 'glob', value: '/checkout/*' }] } },
    },
    { input: { url: {} }, expected: { url: {} } },
    {
      input: {
        all: [{ not: { device: ['tablet'] } }, { any: [{ trait: 'orders', op: '>', value: 1 }] }],
      },
      expected: {
        all: [{ not: { device: ['tablet'] } }, { any: [{ trait: 'orders', op: '>', value: 1 }] }],
      },
    },
  ])('accepts $input', ({ input, expected }) => {
    expect(check(input)).toEqual({ condition: expected, problems: [] });
  });

  it.each([
    {
      input: 'mobile',
      problem: ': expected a condition with one of all, any, not, trait, url, device or locale',
    },
    { input: { device: ['phone'] }, problem: 'device: expected a list of desktop, mobile, tablet' },
    { input: { locale: 'da' }, problem: 'locale: expected a list of locales like "da-DK"' },
    {
      input: { trait: 'plan', op: '~', value: 1 },
      problem: 'op: expected one of = != > >= < <= in not-in exists missing',
    },
    {
      input: { trait: 'plan', op: 'in', value: 'gold' },
      problem: 'value: expected a list of values',
    },
    {
      input: { trait: 'plan', op: '=', value: {} },
      problem: 'value: expected a string, number, boolean or null',
    },
    { input: { trait: 5, op: 'exists' }, problem: 'trait: expected a trait name' },
    { input: { device: ['mobile'], colour: 'red' }, problem: 'colour: unknown option' },
    { input: { all: {} }, problem: 'all: expected a list of conditions' },
    {
      input: { any: [{ device: ['x'] }] },
      problem: 'any.0.device: expected a list of desktop, mobile, tablet',
    },
    {
      input: { not: {} },
      problem: 'not: expected a condition with one of all, any, not, trait, url, device or locale',
    },
    {
      input: { url: { include: [{ match: 'regex', value: '([' }] } },
      problem: 'url.include.0.value: expected a valid regular expression',
    },
    {
      input: { url: { exclude: [{ match: 'fuzzy', value: 'x' }] } },
      problem: 'url.exclude.0: expected a glob string or { match: exact|prefix|glob|regex, value }',
    },
    { input: { url: { include: '/x' } }, problem: 'url.include: expected a list of URL patterns' },
    { input: { url: '/x' }, problem: 'url: expected { include?, exclude? }' },
  ])('rejects $input', ({ input, problem }) => {
    const result = check(input);
    expect(result.condition).toBeUndefined();
    expect(result.problems).toContain(problem);
  });
});
