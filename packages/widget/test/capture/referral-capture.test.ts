import { describe, expect, it } from 'vitest';
import {
  activeReferral,
  captureReferral,
  readReferralCode,
  removeReferralParam,
} from '../../src/capture/referral-capture.js';

const DAY = 86_400_000;
const options = { ttl: 30 * DAY, touch: 'first' as const };

describe('readReferralCode', () => {
  it.each([
    ['https://shop.example/?ref=ANNA-20', 'ref', 'ANNA-20'],
    ['https://shop.example/p?x=1&via=bob_1', 'via', 'bob_1'],
    ['https://shop.example/?ref=%20ANNA%20', 'ref', 'ANNA'],
    ['https://shop.example/?ref=', 'ref', undefined],
    ['https://shop.example/?ref=<script>', 'ref', undefined],
    ['https://shop.example/?ref=a%2Fb', 'ref', undefined],
    [`https://shop.example/?ref=${'x'.repeat(65)}`, 'ref', undefined],
    ['not a url', 'ref', undefined],
  ])('%s (%s) → %s', (url, param, expected) => {
    expect(readReferralCode(url, param)).toBe(expected);
  });
});

describe('captureReferral', () => {
  it('stores a new code with its expiry', () => {
    expect(captureReferral(undefined, 'ANNA', 1000, options)).toEqual({
      referral: { code: 'ANNA', capturedAt: 1000, expiresAt: 1000 + 30 * DAY },
      captured: true,
    });
  });

  it('first touch keeps the first friend until it expires', () => {
    const first = { code: 'ANNA', capturedAt: 0, expiresAt: 30 * DAY };
    expect(captureReferral(first, 'BOB', DAY, options)).toEqual({
      referral: first,
      captured: false,
    });
    const later = captureReferral(first, 'BOB', 31 * DAY, options);
    expect(later.referral?.code).toBe('BOB');
  });

  it('last touch lets the newest link win, but the same code is not re-captured', () => {
    const first = { code: 'ANNA', capturedAt: 0, expiresAt: 30 * DAY };
    expect(captureReferral(first, 'BOB', DAY, { ...options, touch: 'last' }).referral?.code).toBe(
      'BOB',
    );
    expect(captureReferral(first, 'ANNA', DAY, { ...options, touch: 'last' }).captured).toBe(false);
  });

  it('drops an expired code when there is no new one', () => {
    const old = { code: 'ANNA', capturedAt: 0, expiresAt: 10 };
    expect(captureReferral(old, undefined, 11, options)).toEqual({
      referral: undefined,
      captured: false,
    });
    expect(activeReferral(old, 9)).toBe(old);
  });
});

describe('removeReferralParam', () => {
  it('removes only the parameter and keeps history state', () => {
    history.replaceState({ page: 1 }, '', '/thanks?ref=ANNA&order=1#top');
    removeReferralParam(location, history, 'ref');
    expect(location.pathname + location.search + location.hash).toBe('/thanks?order=1#top');
    expect(history.state).toEqual({ page: 1 });
  });
});
