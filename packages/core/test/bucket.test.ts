import { describe, expect, it } from 'vitest';
import { bucket } from '../src/index.js';

describe('bucket', () => {
  it('is deterministic and in [0, 1)', () => {
    for (let index = 0; index < 1_000; index += 1) {
      const value = bucket(`v${index}`, 'c1');
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
      expect(bucket(`v${index}`, 'c1')).toBe(value);
    }
  });

  it('is roughly uniform over 10,000 ids (each tenth within ±2 %)', () => {
    const tenths = new Array<number>(10).fill(0);
    for (let index = 0; index < 10_000; index += 1) {
      const slot = Math.floor(bucket(`visitor-${index}`, 'campaign') * 10);
      tenths[slot] = (tenths[slot] ?? 0) + 1;
    }
    for (const count of tenths) expect(Math.abs(count / 10_000 - 0.1)).toBeLessThanOrEqual(0.02);
  });

  it.each([
    ['another campaign', 'v1', 'c2', ''],
    ['another salt', 'v1', 'c1', 'variant'],
    ['shifted boundaries', '1', 'v|c1', ''],
  ])('changes with %s', (_name, visitorId, campaignId, salt) => {
    expect(bucket(visitorId, campaignId, salt)).not.toBe(bucket('v1', 'c1'));
  });

  it('salts are independent: the sampling roll says nothing about the variant roll', () => {
    let both = 0;
    for (let index = 0; index < 10_000; index += 1) {
      const id = `visitor-${index}`;
      if (bucket(id, 'c', 'sampling') < 0.5 && bucket(id, 'c', 'variant') < 0.5) both += 1;
    }
    expect(Math.abs(both / 10_000 - 0.25)).toBeLessThanOrEqual(0.02);
  });
});
