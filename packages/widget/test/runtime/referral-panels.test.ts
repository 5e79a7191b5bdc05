import { memoryBackend } from '@grapevine/adapter';
import type { Backend, Campaign } from '@grapevine/core';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { PANEL_CAMPAIGN_ID } from '../../src/runtime/referral-panels.js';
import type { PanelData } from '../../src/ui/types.js';
import { type Harness, harnessPerTest, referralCampaign } from './harness.js';

const NOW = new Date('2026-11-22T08:00:00Z').getTime();
const anna = { id: 'c1', email: 'anna@example.com', name: 'Anna' };
const start = harnessPerTest(NOW);
const lastPanel = (panels: Harness['panels']) => panels[panels.length - 1];

beforeEach(() => {
  document.documentElement.lang = '';
});

describe('<grapevine-referral>', () => {
  it('never loads the UI chunk on a page without the element', async () => {
    const { uiLoads, panels, settle, grapevine } = start();
    grapevine.identify(anna);
    await settle();
    expect(uiLoads()).toBe(0);
    expect(panels).toHaveLength(0);
  });

  it('defines the element and mounts the advocate’s link and numbers', async () => {
    document.body.innerHTML = '<grapevine-referral></grapevine-referral>';
    const { grapevine, panels, settle } = start();
    grapevine.identify(anna);
    await settle();
    expect(customElements.get('grapevine-referral')).toBeDefined();
    const panel = lastPanel(panels);
    expect(panel?.element).toBe(document.querySelector('grapevine-referral'));
    expect(panel?.request).toMatchObject({ locale: navigator.language, dir: 'ltr', theme: {} });
    const data = await panel?.request.data;
    expect(data?.referral?.code).toMatch(/^ANNA/);
    expect(data?.stats).toMatchObject({ clicks: 0, claims: 0, conversions: 0 });
  });

  it('shows the shop’s sign-in hint (text and link) without an identified advocate', async () => {
    document.body.innerHTML =
      '<grapevine-referral data-sign-in-text="Log in to see your rewards" data-sign-in-url="https://shop.example/login"></grapevine-referral>';
    const referral = vi.fn();
    const backend: Backend = { ...memoryBackend(), referral };
    const { panels, settle } = start({}, { backend });
    await settle();
    const panel = lastPanel(panels);
    expect(panel?.request.signInUrl).toBe('https://shop.example/login');
    expect(panel?.request.messages.panelSignIn).toBe('Log in to see your rewards');
    expect(await panel?.request.data).toEqual({ referral: null, stats: null });
    expect(referral).not.toHaveBeenCalled();
  });

  it('re-renders with the advocate’s data when identify() comes later', async () => {
    document.body.innerHTML = '<grapevine-referral></grapevine-referral>';
    const { grapevine, panels, settle } = start();
    await settle();
    const signedOut = lastPanel(panels);
    expect((await signedOut?.request.data)?.referral).toBeNull();
    grapevine.identify(anna);
    await settle();
    const signedIn = lastPanel(panels);
    expect(signedIn).not.toBe(signedOut);
    expect(signedOut?.destroyed).toBe(true);
    expect((await signedIn?.request.data)?.referral?.code).toMatch(/^ANNA/);
  });

  it('records copy and share with the referral campaign, its variant and the visitor', async () => {
    document.body.innerHTML = '<grapevine-referral></grapevine-referral>';
    const { grapevine, backend, panels, settle } = start();
    const shared = vi.fn();
    grapevine.on('shared', shared);
    grapevine.identify(anna);
    await settle();
    const panel = lastPanel(panels);
    const data = (await panel?.request.data) as PanelData;
    panel?.callbacks.onCopy();
    panel?.callbacks.onShare('email');
    grapevine.destroy();
    await settle();
    const events = backend.inspect().events.filter((event) => event.type !== 'purchase');
    expect(events.map((event) => event.type)).toEqual(['copy', 'share']);
    const visitorId = (
      JSON.parse(localStorage.getItem('grapevine:v1') ?? '{}') as { visitorId: string }
    ).visitorId;
    for (const event of events) {
      expect(event).toMatchObject({
        campaignId: referralCampaign.id,
        variantId: 'default',
        visitorId,
        advocateId: 'c1',
        code: data.referral?.code,
      });
    }
    expect(shared).toHaveBeenCalledWith({
      campaignId: 'refer',
      variantId: 'default',
      kind: 'referral',
      channel: 'email',
    });
  });

  it('uses the `panel` campaign id and the visitor’s variant copy when the config says so', async () => {
    document.body.innerHTML = '<grapevine-referral></grapevine-referral>';
    const { grapevine, backend, panels, settle } = start({ config: { campaigns: [] } });
    grapevine.identify(anna);
    await settle();
    await lastPanel(panels)?.request.data;
    lastPanel(panels)?.callbacks.onCopy();
    grapevine.destroy();
    await settle();
    const copy = backend.inspect().events.find((event) => event.type === 'copy');
    expect(copy).toMatchObject({ campaignId: PANEL_CAMPAIGN_ID, variantId: 'default' });
  });

  it('takes the variant’s copy over the locale catalog, and the offer and channels', async () => {
    const campaign: Campaign = {
      ...referralCampaign,
      offer: { friend: { kind: 'percent', value: 20 }, advocate: { kind: 'percent', value: 10 } },
      channels: ['email', 'x'],
      content: { da: { panelTitle: 'Campaign title' } },
      variants: [{ id: 'b', weight: 1, content: { da: { panelSteps: 'Variant steps' } } }],
    };
    document.body.innerHTML = '<grapevine-referral></grapevine-referral>';
    const { panels } = start({ locale: 'da-DK', config: { campaigns: [campaign] } });
    // The Danish catalog is a chunk of its own: a real dynamic import.
    await vi.waitFor(() => expect(panels).toHaveLength(1));
    const request = lastPanel(panels)?.request;
    expect(request?.messages).toMatchObject({
      panelTitle: 'Campaign title',
      panelSteps: 'Variant steps',
      panelSignIn: 'Log ind for at få dit personlige link og se dine belønninger.',
    });
    expect(request?.offer).toEqual(campaign.offer);
    expect(request?.channels).toEqual(['email', 'x']);
  });

  it('hands the UI a failing promise (its fallback) when the backend fails, never throwing', async () => {
    document.body.innerHTML = '<grapevine-referral></grapevine-referral>';
    const backend: Backend = {
      ...memoryBackend(),
      referral: () => Promise.reject(new Error('502')),
    };
    const { grapevine, panels, settle } = start({}, { backend });
    grapevine.identify(anna);
    await settle();
    await expect(lastPanel(panels)?.request.data).rejects.toThrow('502');
  });

  it('mounts panels added later (SPA routes) and clears those removed', async () => {
    document.body.innerHTML = '<p>home</p>';
    const { panels, settle } = start();
    await settle();
    expect(panels).toHaveLength(0);
    history.pushState(null, '', '/refer');
    document.body.innerHTML = '<grapevine-referral></grapevine-referral>';
    await vi.advanceTimersByTimeAsync(10);
    await settle();
    expect(panels).toHaveLength(1);
    const second = document.createElement('grapevine-referral');
    document.body.append(second);
    await settle();
    expect(lastPanel(panels)?.element).toBe(second);
    second.remove();
    expect(lastPanel(panels)?.destroyed).toBe(true);
    history.replaceState(null, '', '/');
  });

  it('renders nothing in headless mode (`ui: false`)', async () => {
    document.body.innerHTML = '<grapevine-referral></grapevine-referral>';
    const { uiLoads, settle } = start({ ui: false });
    await settle();
    expect(uiLoads()).toBe(0);
  });
});
