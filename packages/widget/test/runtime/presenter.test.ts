import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHarness, type Harness, referralCampaign } from './harness.js';

const NOW = new Date('2026-11-22T08:00:00Z').getTime();
const order = { orderId: '1001', total: 80, currency: 'EUR' };
let harness: Harness | undefined;

beforeEach(() => {
  vi.useFakeTimers({ now: NOW });
  localStorage.clear();
});
afterEach(() => {
  harness?.grapevine.destroy();
  harness = undefined;
  document.documentElement.lang = '';
  vi.useRealTimers();
});

/** Shows the referral prompt after a purchase and returns its request's messages. */
async function promptMessages(options: Record<string, unknown>): Promise<Record<string, string>> {
  harness = createHarness(options);
  const { grapevine, mounts } = harness;
  grapevine.track('purchase', order);
  // The locale's catalog is a chunk of its own: a real dynamic import.
  await vi.waitFor(() => expect(mounts).toHaveLength(1));
  return mounts[0]?.request.messages ?? {};
}

describe('presenter: the locale’s catalog in request.messages', () => {
  it('merges the Danish catalog for locale: "da-DK"', async () => {
    const messages = await promptMessages({ locale: 'da-DK' });
    expect(messages.referralTitle).toBe('Giv {friend}, få {advocate}');
    expect(messages.notNow).toBe('Ikke nu');
  });

  it('takes the locale from <html lang> without the option', async () => {
    document.documentElement.lang = 'da';
    const messages = await promptMessages({});
    expect(messages.referralTitle).toBe('Giv {friend}, få {advocate}');
  });

  it('lets the campaign’s copy override the catalog', async () => {
    const campaign = { ...referralCampaign, content: { da: { referralTitle: 'Del og spar' } } };
    const messages = await promptMessages({ locale: 'da', config: { campaigns: [campaign] } });
    expect(messages.referralTitle).toBe('Del og spar');
    expect(messages.notNow).toBe('Ikke nu');
    // Only the post-purchase prompts' part of the locale is downloaded, not the panel's.
    expect(messages.panelTitle).toBeUndefined();
  });

  it('adds nothing for English (built into the UI)', async () => {
    expect(await promptMessages({ locale: 'en-GB' })).toEqual({});
  });
});

/** Shows the referral prompt after a purchase and returns its request. */
async function promptRequest(options: Record<string, unknown>) {
  await promptMessages(options);
  const request = harness?.mounts[0]?.request;
  return { locale: request?.locale, dir: request?.dir };
}

describe('presenter: the direction follows the language shown, not the page', () => {
  afterEach(() => document.documentElement.removeAttribute('dir'));

  it.each([
    // [page lang, option, shown locale, dir]
    ['ar', undefined, 'ar', 'rtl'],
    ['he-IL', undefined, 'he-IL', 'rtl'],
    // No Persian catalog: the English fallback runs left to right on a right-to-left page.
    ['fa-IR', undefined, 'en', 'ltr'],
    ['ur', undefined, 'en', 'ltr'],
    // An Arabic catalog on a left-to-right English page runs right to left.
    ['en', 'ar-EG', 'ar-EG', 'rtl'],
    ['da', undefined, 'da', 'ltr'],
  ])('<html lang="%s" dir="rtl">, locale option %s → %s, %s', async (lang, locale, shown, dir) => {
    document.documentElement.lang = lang;
    document.documentElement.dir = 'rtl';
    expect(await promptRequest(locale ? { locale } : {})).toEqual({ locale: shown, dir });
  });

  it('keeps the page’s right-to-left language when the campaign has its own copy in it', async () => {
    const campaign = {
      ...referralCampaign,
      content: { fa: { referralTitle: 'به دوستانتان بگویید' } },
    };
    const request = await promptRequest({ locale: 'fa-IR', config: { campaigns: [campaign] } });
    expect(request).toEqual({ locale: 'fa-IR', dir: 'rtl' });
  });
});

describe('presenter: the NPS prompt’s referral step', () => {
  const nps = {
    id: 'nps',
    kind: 'nps' as const,
    triggers: [{ type: 'purchase' as const }],
    promoterToReferral: true,
  };

  it('asks for the link for an anonymous visitor too (a site may allow unsigned referrals)', async () => {
    harness = createHarness({ config: { campaigns: [nps] } });
    const referral = vi.spyOn(harness.backend, 'referral');
    harness.grapevine.track('purchase', order);
    await vi.waitFor(() => expect(harness?.mounts).toHaveLength(1));
    expect(referral).toHaveBeenCalledWith({}, { visitorId: expect.any(String) });
    expect(harness.mounts[0]?.request.promoterToReferral).toBe(true);
    expect(harness.mounts[0]?.request.referral).toBeInstanceOf(Promise);
  });

  it('asks for the identified advocate’s link as the prompt opens', async () => {
    harness = createHarness({ config: { campaigns: [nps] } });
    const referral = vi.spyOn(harness.backend, 'referral');
    harness.grapevine.identify({ id: 'c-1', email: 'ann@example.com' });
    harness.grapevine.track('purchase', order);
    await vi.waitFor(() => expect(harness?.mounts).toHaveLength(1));
    expect(referral).toHaveBeenCalledWith(expect.objectContaining({ id: 'c-1' }), {
      visitorId: expect.any(String),
    });
    expect(harness.mounts[0]?.request.referral).toBeInstanceOf(Promise);
  });
});
