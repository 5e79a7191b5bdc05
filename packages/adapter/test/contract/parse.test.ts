import { describe, expect, it } from 'vitest';
import {
  ContractError,
  checkContract,
  eventBatchSchema,
  formatPath,
  friendOfferSchema,
  isContractError,
  parseContract,
  parseJson,
  referralSchema,
} from '../../src/contract/index.js';

const where = 'GET /v1/referrals/:code response';
const offer = {
  code: 'ANNA-1',
  status: 'valid',
  friend: { kind: 'percent', value: 20 },
};

describe('parseContract', () => {
  it('returns the typed value and strips unknown extra fields', () => {
    const parsed = parseContract(friendOfferSchema, { ...offer, futureField: 1 }, where);
    expect(parsed).toEqual(offer);
  });

  it.each([
    ['a missing required field', { ...offer, code: undefined }, 'code', 'required string, missing'],
    [
      'a wrong type',
      { ...offer, friend: { kind: 'percent', value: '20' } },
      'friend.value',
      'expected number, received string',
    ],
    [
      'a value outside an enum',
      { ...offer, status: 'maybe' },
      'status',
      'expected one of "valid", "self-referral", "expired", "exhausted"',
    ],
    [
      'a javascript: link',
      { ...offer, termsUrl: 'javascript:alert(1)' },
      'termsUrl',
      'expected url format',
    ],
    ['null instead of an object', null, '', 'expected object, received null'],
    ['an array instead of an object', [], '', 'expected object, received array'],
  ])('throws a ContractError naming the field for %s', (_case, data, path, message) => {
    let caught: unknown;
    try {
      parseContract(friendOfferSchema, data, where);
    } catch (error) {
      caught = error;
    }
    expect(isContractError(caught)).toBe(true);
    const error = caught as ContractError;
    expect(error.name).toBe('ContractError');
    expect(error.where).toBe(where);
    expect(error.issues[0]).toEqual({ path, message });
    expect(error.message).toContain(`${path || '(root)'}: ${message}`);
  });

  it('names array indexes and unknown event types in a batch', () => {
    const checked = checkContract(
      eventBatchSchema,
      { events: [{ type: 'purchase' }, { type: 'teleport', id: 'x' }] },
      'POST /v1/events request',
    );
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    const paths = checked.issues.map((issue) => issue.path);
    expect(paths).toContain('events[0].id');
    expect(paths).toContain('events[1].type');
    expect(checked.error.message).toMatch(
      /^POST \/v1\/events request: events\[0\]\.\w+: .+ \(\+\d+ more\)$/,
    );
  });

  it('rejects an empty and an oversized batch', () => {
    expect(checkContract(eventBatchSchema, { events: [] }, 'x').ok).toBe(false);
    const event = {
      type: 'impression',
      id: 'e',
      at: 1,
      visitorId: 'v',
      campaignId: 'c',
      variantId: 'd',
    };
    const events = Array.from({ length: 101 }, (_, i) => ({ ...event, id: `e${i}` }));
    expect(checkContract(eventBatchSchema, { events }, 'x').ok).toBe(false);
    expect(checkContract(eventBatchSchema, { events: events.slice(0, 100) }, 'x').ok).toBe(true);
  });

  it('accepts a referral with a unicode-free code only', () => {
    const referral = {
      code: 'ANNA 1',
      url: 'https://shop.example/?ref=x',
      offer: { friend: { kind: 'custom' }, advocate: { kind: 'custom' } },
    };
    expect(() => parseContract(referralSchema, referral, 'x')).toThrow(ContractError);
  });
});

describe('parseJson', () => {
  it.each(['', '{', '<html>', 'undefined'])('reports %j as malformed JSON', (text) => {
    expect(() => parseJson(text, 'POST /v1/events response')).toThrow(
      'POST /v1/events response: (root): malformed JSON',
    );
  });

  it('parses valid JSON', () => {
    expect(parseJson('{"a":[1]}', 'x')).toEqual({ a: [1] });
  });
});

describe('formatPath', () => {
  it.each([
    [[], ''],
    [['a'], 'a'],
    [['events', 2, 'id'], 'events[2].id'],
    [[0, 'x'], '[0].x'],
  ] as const)('formats %j as %j', (path, expected) => {
    expect(formatPath(path)).toBe(expected);
  });
});
