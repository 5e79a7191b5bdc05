// The runtime's lazy chunks: each kind's UI is loaded on its own, once, and only the kinds
// asked for are warmed.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { lazyChunks } from '../../src/runtime/lazy-chunks.js';
import * as presenterModule from '../../src/runtime/presenter.js';
import type { UiKind } from '../../src/runtime/ui-kinds.js';

type Panels = typeof import('../../src/runtime/referral-panels.js');

function setup(ui = true, failing = new Set<UiKind>()) {
  const loadUi = vi.fn(async (kind: UiKind) => {
    if (failing.delete(kind)) throw new Error(`${kind} failed to load`);
    return {
      kind,
      mountPrompt: () => ({ destroy() {} }),
      mountPanel: () => ({ destroy() {} }),
      loadCatalog: async () => ({}),
    };
  });
  const loadPresenter = vi.fn(async (_kind?: UiKind) => presenterModule);
  const chunks = lazyChunks({
    win: window,
    ui,
    loadUi,
    loadPresenter,
    loadPanels: async () =>
      ({ createPanels: () => ({ refresh() {}, destroy() {} }) }) as unknown as Panels,
    // The presenter is created from these; nothing here shows a prompt.
    presenterDeps: () => ({}) as never,
  });
  return { chunks, loadUi, loadPresenter };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('lazy chunks', () => {
  it('loads each kind’s UI by its kind, once, and again after a failure', async () => {
    const { chunks, loadUi } = setup(true, new Set(['referral']));
    await expect(chunks.loadUi('nps')).resolves.toMatchObject({ kind: 'nps' });
    await chunks.loadUi('nps');
    await expect(chunks.loadUi('referral')).rejects.toThrow('referral failed to load');
    await expect(chunks.loadUi('referral')).resolves.toMatchObject({ kind: 'referral' });
    expect(loadUi.mock.calls).toEqual([['nps'], ['referral'], ['referral']]);
  });

  it('warms the presenter and the named kinds at idle, each once per page', async () => {
    const { chunks, loadUi, loadPresenter } = setup();
    chunks.prefetch('friend-offer', undefined);
    expect(loadUi).not.toHaveBeenCalled(); // not before the browser is idle
    await vi.advanceTimersByTimeAsync(2000);
    expect(loadUi.mock.calls).toEqual([['friend-offer']]);
    // Told the kind: the script tag takes the presenter from that kind's UI bundle.
    expect(loadPresenter.mock.calls).toEqual([['friend-offer']]);
    chunks.prefetch('friend-offer');
    chunks.prefetch('nps', 'nps');
    await vi.advanceTimersByTimeAsync(2000);
    expect(loadUi.mock.calls).toEqual([['friend-offer'], ['nps']]);
    expect(loadPresenter).toHaveBeenCalledTimes(1);
  });

  it('warms no UI in headless mode', async () => {
    const { chunks, loadUi, loadPresenter } = setup(false);
    chunks.prefetch('nps');
    await vi.advanceTimersByTimeAsync(2000);
    expect(loadPresenter.mock.calls).toEqual([[undefined]]); // the presenter alone, no UI
    expect(loadUi).not.toHaveBeenCalled();
  });

  it('loads the presenter for the kind about to show, only while the UI is built in', async () => {
    const shown = setup();
    await shown.chunks.loadPresenter('nps');
    expect(shown.loadPresenter.mock.calls).toEqual([['nps']]);
    const headless = setup(false);
    await headless.chunks.loadPresenter('nps');
    expect(headless.loadPresenter.mock.calls).toEqual([[undefined]]);
  });

  it('the panels load the panel’s UI beside their own chunk', async () => {
    const { chunks, loadUi } = setup();
    const loading = chunks.loadPanels();
    expect(loadUi.mock.calls).toEqual([['panel']]);
    await loading;
    chunks.panels?.destroy();
  });
});
