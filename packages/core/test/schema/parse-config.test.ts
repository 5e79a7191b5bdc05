import { describe, expect, it } from 'vitest';
import * as zod from 'zod';
import * as z from 'zod/mini';
import { DEFAULT_POLICY, decide } from '../../src/index.js';
import { parseConfig } from '../../src/schema/index.js';
import { DAY, snapshot, T0 } from '../helpers.js';
import { pollute } from '../pollute.js';

const valid = {
  id: 'nps',
  kind: 'nps',
  triggers: [{ type: 'purchase', scope: { persistFor: '180d' }, after: '14d', within: '180d' }],
  frequency: { untilResponded: true, recurring: '90d', dismissGap: '21d', maxImpressions: 3 },
};

describe('parseConfig', () => {
  it('normalizes durations and dates to ms', () => {
    const { config, errors } = parseConfig({
      policy: { quietPeriod: '3d', maxPerSession: 2 },
      campaigns: [
        { ...valid, schedule: { start: '2026-11-01T00:00:00Z', end: T0 + 30 * DAY }, delay: '5s' },
      ],
    });
    expect(errors).toEqual([]);
    expect(config.policy).toEqual({ ...DEFAULT_POLICY, quietPeriod: 3 * DAY, maxPerSession: 2 });
    expect(DEFAULT_POLICY.npsFatigue).toBe(90 * DAY);
    expect(config.campaigns[0]).toEqual({
      id: 'nps',
      kind: 'nps',
      triggers: [
        { type: 'purchase', scope: { persistFor: 180 * DAY }, after: 14 * DAY, within: 180 * DAY },
      ],
      frequency: {
        untilResponded: true,
        recurring: 90 * DAY,
        dismissGap: 21 * DAY,
        maxImpressions: 3,
      },
      schedule: { start: T0, end: T0 + 30 * DAY },
      delay: 5_000,
    });
  });

  it('accepts shorthands: bare trigger names, glob strings and "npsPromoter"', () => {
    const { config, errors } = parseConfig([
      {
        id: 'referral',
        kind: 'referral',
        triggers: ['purchase', 'exit-intent'],
        context: { url: { include: ['/checkout/thank-you*'] } },
        requires: 'npsPromoter',
      },
    ]);
    expect(errors).toEqual([]);
    expect(config.campaigns[0]).toMatchObject({
      triggers: [{ type: 'purchase' }, { type: 'exit-intent' }],
      context: { url: { include: [{ match: 'glob', value: '/checkout/thank-you*' }] } },
      requires: { npsSegment: ['promoter'] },
    });
  });

  it('drops invalid campaigns with path-qualified errors and keeps the valid ones', () => {
    const { config, errors } = parseConfig({
      campaigns: [
        valid,
        { ...valid, id: 'broken', frequency: { snooze: '14 days' } },
        { ...valid, id: 'typo', frequncy: {} },
        { ...valid, id: 'bad-trigger', triggers: [{ type: 'hover' }] },
        {
          ...valid,
          id: 'bad-filter',
          triggers: [{ type: 'event', name: 'x', where: [{ prop: 'total', op: '≥', value: 50 }] }],
        },
        {
          ...valid,
          id: 'bad-variants',
          variants: [
            { id: 'a', weight: 0 },
            { id: 'a', weight: 1 },
          ],
        },
        { ...valid, id: 'bad-url', reviewUrl: 'javascript:alert(1)', sampling: 1.5 },
        { ...valid, id: '' },
        { ...valid, triggers: [] },
        valid,
      ],
    });
    expect(config.campaigns.map((item) => item.id)).toEqual(['nps']);
    expect(errors).toEqual([
      { path: 'campaigns[1].frequency.snooze', message: 'expected a duration like "14d"' },
      { path: 'campaigns[2].frequncy', message: 'unknown option' },
      {
        path: 'campaigns[3].triggers[0].type',
        message: expect.stringMatching(/^expected a trigger type: purchase, event, pageview/),
      },
      {
        path: 'campaigns[4].triggers[0].where[0].op',
        message: expect.stringMatching(/^expected one of =/),
      },
      { path: 'campaigns[5].variants[0].weight', message: 'expected more than 0' },
      { path: 'campaigns[5].variants', message: 'expected unique variant ids' },
      { path: 'campaigns[6].sampling', message: 'expected at most 1' },
      { path: 'campaigns[6].reviewUrl', message: 'expected an http(s) URL' },
      { path: 'campaigns[7].id', message: 'expected a non-empty string' },
      { path: 'campaigns[8].triggers', message: 'expected at least 1 item' },
      { path: 'campaigns[9].id', message: 'duplicate id "nps"' },
    ]);
  });

  it.each([
    {
      field: { delay: true },
      error: { path: 'campaigns[0].delay', message: 'expected a duration like "14d"' },
    },
    {
      field: { delay: -5 },
      error: { path: 'campaigns[0].delay', message: 'expected a duration like "14d"' },
    },
    {
      field: { schedule: { start: 'next week' } },
      error: {
        path: 'campaigns[0].schedule.start',
        message: 'expected an ISO 8601 date or ms since the epoch',
      },
    },
    {
      field: { schedule: { end: false } },
      error: {
        path: 'campaigns[0].schedule.end',
        message: 'expected an ISO 8601 date or ms since the epoch',
      },
    },
    {
      field: { kind: 'survey' },
      error: {
        path: 'campaigns[0].kind',
        message: 'expected "referral" or "nps" or "friend-offer"',
      },
    },
    {
      field: { frequency: { maxImpressions: 1.5 } },
      error: { path: 'campaigns[0].frequency.maxImpressions', message: 'expected a whole number' },
    },
  ])('reports $error.path: $error.message', ({ field, error }) => {
    expect(parseConfig([{ ...valid, ...field }]).errors).toEqual([error]);
  });

  it.each([
    {
      name: 'a negative cap',
      policy: { maxPerSession: -1 },
      error: { path: 'policy.maxPerSession', message: 'expected at least 0' },
    },
    {
      name: 'a bad duration',
      policy: { quietPeriod: 'soon' },
      error: { path: 'policy.quietPeriod', message: 'expected a duration like "14d"' },
    },
    {
      name: 'a bad NPS fatigue',
      policy: { npsFatigue: 'quarterly' },
      error: { path: 'policy.npsFatigue', message: 'expected a duration like "14d"' },
    },
    {
      name: 'a wrong type',
      policy: { killSwitch: 'yes' },
      error: { path: 'policy.killSwitch', message: 'expected true or false' },
    },
    {
      name: 'an unknown option',
      policy: { maxPerDay: 1 },
      error: { path: 'policy.maxPerDay', message: 'unknown option' },
    },
    {
      name: 'not an object',
      policy: 'strict',
      error: { path: 'policy', message: 'expected an object' },
    },
  ])('an invalid policy option ($name) falls back to its default', ({ policy, error }) => {
    const { config, errors } = parseConfig({
      policy: { oneAtATime: false, ...(typeof policy === 'object' ? policy : {}) },
      campaigns: [],
    });
    if (typeof policy !== 'object') {
      expect(parseConfig({ policy }).errors).toEqual([error]);
      return;
    }
    expect(errors).toEqual([error]);
    expect(config.policy).toEqual({ ...DEFAULT_POLICY, oneAtATime: false });
  });

  it.each([
    { input: null, error: { path: '', message: 'expected an object with campaigns and policy' } },
    {
      input: 'campaigns',
      error: { path: '', message: 'expected an object with campaigns and policy' },
    },
    {
      input: { campaigns: {} },
      error: { path: 'campaigns', message: 'expected a list of campaigns' },
    },
    { input: { campaign: [] }, error: { path: 'campaign', message: 'unknown option' } },
  ])('reports $input without throwing', ({ input, error }) => {
    const { config, errors } = parseConfig(input);
    expect(errors).toEqual([error]);
    expect(config).toEqual({ campaigns: [], policy: DEFAULT_POLICY });
  });

  it('an empty object is an empty, valid config', () => {
    expect(parseConfig({ $schema: 'x', version: 1 })).toEqual({
      config: { campaigns: [], policy: DEFAULT_POLICY },
      errors: [],
    });
  });

  it.each([{ host: {} }, { host: { jitless: false } }, { host: { jitless: true } }])(
    'leaves the host app’s zod config as it was ($host)',
    ({ host }) => {
      const config = z.config();
      delete config.jitless;
      Object.assign(config, host);
      parseConfig({ campaigns: [valid] });
      parseConfig({ campaigns: [{ id: 'bad' }] });
      expect({ ...z.config() }).toStrictEqual(host);
      delete config.jitless;
    },
  );

  it('never evaluates code (no `new Function` probe a strict CSP reports), even when the host keeps the JIT', () => {
    const made: unknown[] = [];
    const original = globalThis.Function;
    globalThis.Function = new Proxy(original, {
      construct(target, args) {
        made.push(args);
        return Reflect.construct(target, args);
      },
    });
    try {
      expect(parseConfig({ campaigns: [valid] }).errors).toEqual([]);
      expect(made).toEqual([]);
      // The spy sees a probe: the host's own (classic) zod object, built with the JIT on.
      zod.object({ a: zod.string() }).parse({ a: 'x' });
      expect(made.length).toBeGreaterThan(0);
    } finally {
      globalThis.Function = original;
    }
  });

  it('gives a config decide can run', () => {
    const { config } = parseConfig({
      campaigns: [{ id: 'c', kind: 'nps', triggers: ['pageview'] }],
    });
    expect(decide(config, snapshot(T0)).action).toBe('show');
  });

  it('gives the same result on a page with polluted prototypes (Prototype.js, Object.prototype.each)', () => {
    const json = {
      policy: { quietPeriod: '3d' },
      campaigns: [
        {
          ...valid,
          audience: { trait: 'plan', op: '=', value: 'pro' },
          content: { en: { npsQuestionNoBrand: 'Hi' } },
        },
      ],
    };
    const clean = parseConfig(json);
    expect(clean.errors).toEqual([]);
    const undo = pollute();
    try {
      expect(parseConfig(json)).toEqual(clean);
      // An unknown key is still an unknown key, and the pollution is back afterwards.
      expect(parseConfig({ ...json, extra: 1 }).errors).toEqual([
        { path: 'extra', message: 'unknown option' },
      ]);
      expect(Object.keys(Object.prototype)).toEqual(['each']);
    } finally {
      undo();
    }
  });
});

describe('parseConfig: policy.npsFatigue', () => {
  it.each([
    ['180d', 180 * DAY],
    [0, 0],
    ['0d', 0],
  ])('%j → %d ms (0 turns the rule off)', (input, ms) => {
    const { config, errors } = parseConfig({ policy: { npsFatigue: input }, campaigns: [] });
    expect(errors).toEqual([]);
    expect(config.policy?.npsFatigue).toBe(ms);
  });
});

describe('parseConfig: copy under a message key that does not exist', () => {
  it.each([
    [{ content: { en: { titel: 'Hi' } } }, 'campaigns[0].content.en.titel: unknown message key'],
    [
      {
        variants: [
          { id: 'a', weight: 1 },
          { id: 'b', weight: 1, content: { da: { npsQuestion: 'Hej', title: 'Hej' } } },
        ],
      },
      'campaigns[0].variants[1].content.da.title: unknown message key',
    ],
  ])('%j → %s', (field, expected) => {
    const { config, errors } = parseConfig([{ ...valid, ...field }]);
    expect(errors.map((error) => `${error.path}: ${error.message}`)).toEqual([expected]);
    expect(config.campaigns).toEqual([]);
  });

  it('accepts every real key', () => {
    const content = { en: { referralTitle: 'Give {friend}', npsQuestion: 'Q?', close: 'x' } };
    expect(parseConfig([{ ...valid, content }]).errors).toEqual([]);
  });
});
