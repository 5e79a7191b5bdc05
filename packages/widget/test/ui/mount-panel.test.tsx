import type { AdvocateStats } from '@grapevine/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mountPanel } from '../../src/ui/index.js';
import { PANEL_TIMEOUT_MS } from '../../src/ui/models/panel-model.js';
import type { PanelRequest } from '../../src/ui/types.js';
import { referral, settle } from './fixtures.js';

afterEach(() => {
  document.body.replaceChildren();
  vi.useRealTimers();
});

const stats: AdvocateStats = {
  clicks: 1234,
  claims: 5,
  conversions: 3,
  rewardsEarned: 40,
  rewardsPending: 12.5,
  currency: 'EUR',
};

function panel(overrides: Partial<PanelRequest> = {}) {
  const element = document.createElement('grapevine-referral');
  document.body.append(element);
  const calls = { onShare: vi.fn(), onCopy: vi.fn() };
  const mounted = mountPanel(
    element,
    {
      locale: 'en',
      dir: 'ltr',
      theme: {},
      messages: {},
      brandName: 'Acme Tea',
      data: { referral, stats },
      offer: referral.offer,
      ...overrides,
    },
    calls,
  );
  const root = element.shadowRoot as ShadowRoot;
  const text = () => (root.textContent ?? '').replace(/\s+/g, ' ');
  return { element, root, calls, mounted, text };
}

describe('mountPanel', () => {
  it('renders inline in the element’s own shadow root: no dialog, nothing else on the page', async () => {
    const { element, root } = panel();
    await settle();
    expect(document.body.children).toHaveLength(1);
    expect(root.querySelector('[role=dialog]')).toBeNull();
    expect(root.querySelector('section')?.getAttribute('aria-labelledby')).toBe('gv-title');
    expect(element.getAttribute('style')).toBeNull();
  });

  it('explains the programme in three steps and shows the link', async () => {
    const { root, text } = panel();
    await settle();
    expect(root.querySelector('#gv-title')?.textContent).toBe('Give 20% off, get 20% off');
    expect([...root.querySelectorAll('.steps li')].map((item) => item.textContent)).toEqual([
      'Share your personal link with friends.',
      'They get 20% off on their first order.',
      'You get 20% off when they buy.',
    ]);
    expect(root.querySelector<HTMLInputElement>('#gv-link')?.value).toBe(referral.url);
    expect(text()).toContain('Share via');
  });

  it('formats the advocate’s numbers for the locale', async () => {
    const { root } = panel({ locale: 'de-DE' });
    await settle();
    const cells = [...root.querySelectorAll('.stats div')].map((cell) => [
      cell.querySelector('dt')?.textContent,
      cell.querySelector('dd')?.textContent?.replace(/\s/g, ' '),
    ]);
    expect(cells).toEqual([
      ['Link clicks', '1.234'],
      ['Friends joined', '5'],
      ['Friends who bought', '3'],
      ['Rewards earned', '40,00 €'],
      ['Rewards pending', '12,50 €'],
    ]);
  });

  it('shows 0 for numbers the backend got wrong', async () => {
    const broken = { ...stats, clicks: Number.NaN, claims: 'many' as unknown as number };
    const { root } = panel({ data: { referral, stats: broken } });
    await settle();
    expect(root.querySelector('.stats dd')?.textContent).toBe('0');
  });

  it('shows the sign-in hint, not empty numbers, without an identified advocate', async () => {
    const { root, text } = panel({
      data: { referral: null, stats: null },
      signInUrl: 'https://shop.example/login',
    });
    await settle();
    expect(text()).toContain('Sign in to get your personal link and see your rewards.');
    expect(root.querySelector('a[part=sign-in]')?.getAttribute('href')).toBe(
      'https://shop.example/login',
    );
    expect(root.querySelector('.stats')).toBeNull();
    expect(root.querySelector('#gv-link')).toBeNull();
  });

  it('does not link a sign-in URL that is not http(s)', async () => {
    const { root } = panel({
      data: { referral: null, stats: null },
      signInUrl: 'javascript:alert(1)',
    });
    await settle();
    expect(root.querySelector('a')).toBeNull();
  });

  it('waits with a skeleton, then falls back politely when the backend is too slow', async () => {
    vi.useFakeTimers();
    const { root, text } = panel({ data: new Promise(() => {}) });
    expect(root.querySelectorAll('.skel')).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(PANEL_TIMEOUT_MS);
    expect(text()).toContain('We couldn’t load your referral details just now.');
    expect(root.querySelector('.skel')).toBeNull();
  });

  it('treats a referral link that is not http(s) as a failure', async () => {
    const { root, text } = panel({
      data: { referral: { ...referral, url: 'javascript:alert(1)' }, stats },
    });
    await settle();
    expect(root.querySelector('#gv-link')).toBeNull();
    expect(root.innerHTML).not.toContain('javascript:');
    expect(text()).toContain('We couldn’t load your referral details');
  });

  it('reports shares, and destroy() empties the shadow root', async () => {
    const { root, calls, mounted } = panel({ channels: ['whatsapp'] });
    await settle();
    const link = root.querySelector<HTMLAnchorElement>('[data-channel=whatsapp]');
    link?.addEventListener('click', (event) => event.preventDefault());
    link?.click();
    expect(calls.onShare).toHaveBeenCalledWith('whatsapp');
    mounted.destroy();
    expect(root.querySelector('section')).toBeNull();
  });
});

describe('mountPanel: the offer it states', () => {
  const campaignOffer = {
    friend: { kind: 'percent', value: 50 },
    advocate: { kind: 'percent', value: 50 },
  } as const;

  it('states no amount while the server answers, then the server’s, never the campaign’s first', async () => {
    let resolve: (value: PanelRequest['data'] extends Promise<infer T> ? T : never) => void =
      () => {};
    const data = new Promise<{ referral: typeof referral; stats: AdvocateStats }>((done) => {
      resolve = done as typeof resolve;
    });
    const { text } = panel({ data, offer: campaignOffer });
    await settle();
    const before = text();
    resolve({ referral, stats } as never);
    await settle();
    expect(before).not.toContain('50%');
    expect(text()).not.toContain('50%');
    expect(text()).toContain('Give 20% off, get 20% off');
  });

  it('states the campaign’s offer to a signed-out visitor (the server has no link for them)', async () => {
    const { text } = panel({ data: { referral: null, stats: null }, offer: campaignOffer });
    await settle();
    expect(text()).toContain('Give 50% off, get 50% off');
  });
});
