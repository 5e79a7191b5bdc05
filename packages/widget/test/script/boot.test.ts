import { memoryBackend } from '@grapevine/adapter';
import { parseConfig } from '@grapevine/core/schema';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as presenterModule from '../../src/runtime/presenter.js';
import * as panelsModule from '../../src/runtime/referral-panels.js';
import { boot, type Chunks } from '../../src/script/boot.js';
import type { GrapevineGlobal } from '../../src/script/command-queue.js';
import * as rulesModule from '../../src/script/rules.js';
import { STUB } from '../../src/script/snippet.js';
import type { PromptRequest } from '../../src/ui/types.js';
import { pollute } from '../pollute.js';
import { directConnection } from '../runtime/harness.js';

type Host = Window & { grapevine?: GrapevineGlobal };
const host = window as Host;
/** Calls the global as a page would (not narrowed by earlier deletes). */
const gv = (command: string, ...args: unknown[]): unknown =>
  (window as Host).grapevine?.(command, ...args);

function setup(attributes: Record<string, string> = {}) {
  const backend = memoryBackend();
  const mounted: string[] = [];
  const requests: PromptRequest[] = [];
  const chunks: Chunks = {
    rules: async () => rulesModule,
    presenter: async () => presenterModule,
    ui: async () => ({
      mountPrompt(request) {
        mounted.push(request.campaignId);
        requests.push(request);
        return { destroy() {} };
      },
      mountPanel: () => ({ destroy() {} }),
      loadCatalog: async () => ({}),
      createPresenter: presenterModule.createPresenter,
      createPanels: panelsModule.createPanels,
    }),
    adapter: async () => ({
      backendFor: () => backend,
      connect: () => directConnection(backend),
    }),
    schema: async () => ({ parseConfig }),
  };
  const script = document.createElement('script');
  for (const [key, value] of Object.entries(attributes)) script.setAttribute(key, value);
  return { backend, mounted, requests, chunks, script };
}

/** Runs the exact snippet site owners paste. */
const runSnippet = (): void => new Function(STUB)();

// Frames pass too: events are sent after a prompt's first frames (delivery.holdUntil).
const settle = async () => {
  for (let round = 0; round < 8; round += 1) {
    await vi.advanceTimersByTimeAsync(0);
    vi.advanceTimersToNextFrame();
  }
  await vi.advanceTimersByTimeAsync(0);
};

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-11-22T08:00:00Z') });
  localStorage.clear();
  document.body.innerHTML = `<script type="application/json" id="campaigns">${JSON.stringify({
    campaigns: [{ id: 'refer', kind: 'referral', triggers: [{ type: 'purchase' }] }],
  })}</script>`;
});
afterEach(() => {
  gv('destroy');
  delete host.grapevine;
  vi.useRealTimers();
});

function useCampaigns(campaigns: unknown[]): void {
  document.body.innerHTML = `<script type="application/json" id="campaigns">${JSON.stringify({
    campaigns,
  })}</script>`;
}

const attributes = {
  'data-endpoint': 'https://api.example',
  'data-site-key': 'pk_1',
  'data-config': 'campaigns',
};

describe('script tag boot', () => {
  it('replays the stub queue in order once the runtime starts', async () => {
    runSnippet();
    const order: string[] = [];
    gv('on', 'shown', () => order.push('shown'));
    gv('identify', { id: 'c-1', email: 'ann@example.com' });
    gv('purchase', { orderId: 'A1', total: 30, currency: 'DKK' });
    const { backend, mounted, chunks, script } = setup(attributes);
    boot(window, script, chunks);
    expect(host.grapevine?.loaded).toBe(true);
    await settle();
    expect(mounted).toEqual(['refer']);
    const purchase = backend.inspect().events.find((event) => event.type === 'purchase');
    expect(purchase).toMatchObject({ orderId: 'A1', advocateId: 'c-1', currency: 'DKK' });
  });

  it('runs calls made after load at once, also through a stub reference kept by the page', async () => {
    runSnippet();
    const oldStub = host.grapevine;
    const { mounted, chunks, script } = setup(attributes);
    boot(window, script, chunks);
    await settle();
    oldStub?.('purchase', { orderId: 'B2', total: 10, currency: 'EUR' });
    await settle();
    expect(mounted).toEqual(['refer']);
  });

  it('is harmless when loaded twice', async () => {
    const first = setup(attributes);
    boot(window, first.script, first.chunks);
    const installed = host.grapevine;
    const second = setup(attributes);
    boot(window, second.script, second.chunks);
    expect(host.grapevine).toBe(installed);
    gv('purchase', { orderId: 'C3', total: 10, currency: 'EUR' });
    await settle();
    expect(first.mounted).toEqual(['refer']);
    expect(second.mounted).toEqual([]);
  });

  it('names missing attributes, bad JSON, config errors and unknown commands', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    document.body.innerHTML = `<script type="application/json" id="campaigns">${JSON.stringify({
      campaigns: [
        {
          id: 'refer',
          kind: 'referral',
          triggers: [{ type: 'purchase' }],
          frequency: { snooze: 'soon' },
        },
      ],
    })}</script>`;
    const { chunks, script } = setup({ 'data-config': 'campaigns' });
    boot(window, script, chunks);
    gv('launch');
    await settle();
    expect(error).toHaveBeenCalledWith(
      expect.stringContaining('needs data-endpoint and data-site-key'),
    );
    expect(error).toHaveBeenCalledWith(
      expect.stringContaining('config campaigns[0].frequency.snooze'),
    );
    expect(error).toHaveBeenCalledWith(expect.stringContaining('unknown command "launch"'));

    delete host.grapevine;
    error.mockClear();
    document.body.innerHTML = '<script type="application/json" id="campaigns">{nope</script>';
    const broken = setup(attributes);
    boot(window, broken.script, broken.chunks);
    await settle();
    expect(error).toHaveBeenCalledWith(expect.stringContaining('#campaigns is not valid JSON'));
  });

  it('takes options from data-* attributes and queued init calls', async () => {
    host.grapevine = Object.assign(() => undefined, {
      q: [['init', { ui: false }]] as unknown as ArrayLike<unknown>[],
    });
    const { chunks, script, mounted } = setup({ ...attributes, 'data-consent': 'pending' });
    boot(window, script, chunks);
    const show = vi.fn();
    gv('on', 'show', show);
    gv('purchase', { orderId: 'D4', total: 10, currency: 'EUR' });
    await settle();
    // A headless prompt loads its methods' chunk (a real import) before `show`.
    await vi.waitFor(() =>
      expect(show).toHaveBeenCalledWith(expect.objectContaining({ campaignId: 'refer' })),
    );
    expect(mounted).toEqual([]); // headless
    expect(localStorage.getItem('grapevine:v1')).toBeNull(); // consent pending
  });

  it('a remote config: the adapter (to fetch it) and the schema load beside the rules', () => {
    const { chunks, script } = setup({
      'data-endpoint': 'https://api.example',
      'data-site-key': 'pk_1',
    });
    const adapter = vi.spyOn(chunks, 'adapter');
    const schema = vi.spyOn(chunks, 'schema');
    boot(window, script, chunks);
    expect(adapter).toHaveBeenCalled();
    expect(schema).toHaveBeenCalled();
  });

  it('checks an unchanged inline config only once (cached), and again after an edit', async () => {
    const first = setup(attributes);
    const firstSchema = vi.spyOn(first.chunks, 'schema');
    boot(window, first.script, first.chunks);
    // Not checked before: the schema chunk is fetched at once, beside the rules (not after).
    expect(firstSchema).toHaveBeenCalled();
    await settle();
    gv('destroy');
    delete host.grapevine;

    const second = setup(attributes);
    const secondSchema = vi.spyOn(second.chunks, 'schema');
    boot(window, second.script, second.chunks);
    gv('purchase', { orderId: 'E5', total: 10, currency: 'EUR' });
    await settle();
    expect(secondSchema).not.toHaveBeenCalled();
    expect(second.mounted).toEqual(['refer']);
    gv('destroy');
    delete host.grapevine;

    const script = document.getElementById('campaigns');
    if (script) script.textContent = JSON.stringify({ campaigns: [] });
    const third = setup(attributes);
    const thirdSchema = vi.spyOn(third.chunks, 'schema');
    boot(window, third.script, third.chunks);
    expect(thirdSchema).toHaveBeenCalled();
    await settle();
  });

  it('does not cache while consent is pending', async () => {
    const { chunks, script } = setup({ ...attributes, 'data-consent': 'pending' });
    boot(window, script, chunks);
    await settle();
    expect(localStorage.getItem('grapevine:v1:config')).toBeNull();
  });
});

describe('script tag: calls queued before the script', () => {
  it('a queued purchase beats a lower-priority page-view campaign: replayed before the first decision', async () => {
    useCampaigns([
      { id: 'welcome', kind: 'nps', priority: 1, triggers: [{ type: 'pageview' }] },
      { id: 'refer', kind: 'referral', priority: 10, triggers: [{ type: 'purchase' }] },
    ]);
    runSnippet();
    gv('identify', { id: 'c-1', email: 'ann@example.com' });
    gv('purchase', { orderId: 'A1', total: 30, currency: 'DKK' });
    const { mounted, chunks, script } = setup(attributes);
    boot(window, script, chunks);
    await settle();
    expect(mounted).toEqual(['refer']);
  });

  it('without a queued purchase, the page-view campaign shows (the test can fail)', async () => {
    useCampaigns([
      { id: 'welcome', kind: 'nps', priority: 1, triggers: [{ type: 'pageview' }] },
      { id: 'refer', kind: 'referral', priority: 10, triggers: [{ type: 'purchase' }] },
    ]);
    runSnippet();
    const { mounted, chunks, script } = setup(attributes);
    boot(window, script, chunks);
    await settle();
    expect(mounted).toEqual(['welcome']);
  });
});

describe('script tag: data-theme', () => {
  it.each([
    ['dark', 'dark'],
    ['light', 'light'],
    ['auto', 'auto'],
  ])('data-theme="%s" → scheme %s', async (value, scheme) => {
    const { requests, chunks, script } = setup({ ...attributes, 'data-theme': value });
    boot(window, script, chunks);
    gv('purchase', { orderId: 'T1', total: 10, currency: 'EUR' });
    await settle();
    expect(requests[0]?.theme).toEqual({ scheme });
  });

  it('an invalid value is named on the console and read as auto', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { requests, chunks, script } = setup({ ...attributes, 'data-theme': 'midnight' });
    boot(window, script, chunks);
    gv('purchase', { orderId: 'T2', total: 10, currency: 'EUR' });
    await settle();
    expect(warn).toHaveBeenCalledWith(
      'Grapevine: data-theme="midnight" must be "auto", "light" or "dark"; using "auto".',
    );
    expect(requests[0]?.theme).toEqual({ scheme: 'auto' });
    warn.mockRestore();
  });
});

describe('script tag on a polluted page (Prototype.js, Object.prototype.each)', () => {
  it('checks the config, shows the prompt, sends the events and stores lists as lists', async () => {
    const undo = pollute();
    try {
      runSnippet();
      gv('purchase', { orderId: 'P1', total: 30, currency: 'EUR' });
      const { backend, mounted, chunks, script } = setup(attributes);
      boot(window, script, chunks);
      await settle();
      expect(mounted).toEqual(['refer']);
      const state = JSON.parse(localStorage.getItem('grapevine:v1') ?? '{}');
      expect(Array.isArray(state.signals)).toBe(true);
      expect(Array.isArray(state.ledger)).toBe(true);
      const cached = JSON.parse(localStorage.getItem('grapevine:v1:config') ?? '{}');
      expect(Array.isArray(cached.config.campaigns)).toBe(true);
      const plan = JSON.parse(localStorage.getItem('grapevine:v1:plan') ?? '{}');
      expect(plan.v).toBe(1);
      expect(backend.inspect().events.map((event) => event.type)).toContain('purchase');
    } finally {
      undo();
    }
  });
});
