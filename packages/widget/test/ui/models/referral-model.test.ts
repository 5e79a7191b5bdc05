import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createReferralModel, REFERRAL_TIMEOUT_MS } from '../../../src/ui/models/referral-model.js';
import { referral } from '../fixtures.js';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('createReferralModel', () => {
  it('is ready at once with a referral in hand', () => {
    const model = createReferralModel(referral);
    expect(model.status.value).toBe('ready');
    expect(model.referral.value?.url).toBe(referral.url);
  });

  it('loads while the promise is pending, then is ready', async () => {
    let resolve: (value: typeof referral) => void = () => {};
    const model = createReferralModel(new Promise((done) => (resolve = done)));
    expect(model.status.value).toBe('loading');
    resolve(referral);
    await vi.advanceTimersByTimeAsync(0);
    expect(model.status.value).toBe('ready');
  });

  it('fails when the promise rejects', async () => {
    const model = createReferralModel(Promise.reject(new Error('down')));
    await vi.advanceTimersByTimeAsync(0);
    expect(model.status.value).toBe('failed');
  });

  it('fails after the timeout, and a late link still replaces the fallback', async () => {
    let resolve: (value: typeof referral) => void = () => {};
    const model = createReferralModel(new Promise((done) => (resolve = done)));
    await vi.advanceTimersByTimeAsync(REFERRAL_TIMEOUT_MS - 1);
    expect(model.status.value).toBe('loading');
    await vi.advanceTimersByTimeAsync(1);
    expect(model.status.value).toBe('failed');
    resolve(referral);
    await vi.advanceTimersByTimeAsync(0);
    expect(model.status.value).toBe('ready');
  });

  it.each(['javascript:alert(1)', 'data:text/html,x', '/relative', ''])(
    'treats the link %j as a failure',
    (url) => {
      const model = createReferralModel({ ...referral, url });
      expect(model.status.value).toBe('failed');
      expect(model.referral.value).toBeNull();
    },
  );

  it('fails without any referral, and ignores answers after dispose', async () => {
    expect(createReferralModel(undefined).status.value).toBe('failed');
    let resolve: (value: typeof referral) => void = () => {};
    const model = createReferralModel(new Promise((done) => (resolve = done)));
    model.dispose();
    resolve(referral);
    await vi.advanceTimersByTimeAsync(REFERRAL_TIMEOUT_MS);
    expect(model.status.value).toBe('loading');
    expect(vi.getTimerCount()).toBe(0);
  });
});
