// A fake host for runtime tests: the real runtime with a fake UI module (records what it was
// asked to mount) and a connection straight to a memory backend. Seams only, no vi.mock.

import { type MemoryBackend, memoryBackend } from '@grapevine/adapter';
import type { Backend, Campaign } from '@grapevine/core';
import { afterEach, beforeEach, vi } from 'vitest';
import { loadCatalog } from '../../src/i18n/load-catalog.js';
import * as messagesModule from '../../src/i18n/messages-for.js';
import { createRuntime } from '../../src/runtime/create-runtime.js';
import type { Connection } from '../../src/runtime/delivery.js';
import type { GrapevineHandle } from '../../src/runtime/handle.js';
import { createStateCell, observableState } from '../../src/runtime/observable-state.js';
import { PANEL_TAG, panelElement } from '../../src/runtime/panel-tag.js';
import * as presenterModule from '../../src/runtime/presenter.js';
import * as panelsModule from '../../src/runtime/referral-panels.js';
import * as serverLedgerModule from '../../src/runtime/server-ledger.js';
import { watchNavigation } from '../../src/sensors/navigation.js';
import type {
  PanelCallbacks,
  PanelRequest,
  PromptCallbacks,
  PromptRequest,
} from '../../src/ui/types.js';

// happy-dom has no Web Locks, so the runtime's lease is the storage lease, which loads with
// `import()` from the runtime's start (src/lease/lease.ts). Loaded here first, as a page has
// it long before a prompt is due: a cold import under a busy machine would otherwise outlast
// a test's few fake-timer rounds.
await import('../../src/lease/storage-lease.js');

export interface FakeMount {
  request: PromptRequest;
  callbacks: PromptCallbacks;
  destroyed: boolean;
}

export interface FakePanelMount {
  element: HTMLElement;
  request: PanelRequest;
  callbacks: PanelCallbacks;
  destroyed: boolean;
}

export interface Harness {
  grapevine: GrapevineHandle;
  backend: MemoryBackend;
  mounts: FakeMount[];
  /** `mountPanel` calls, in order (`<grapevine-referral>`). */
  panels: FakePanelMount[];
  /** How often the UI chunk was requested. */
  uiLoads(): number;
  /** The kind of each UI requested, in order. */
  uiKinds: string[];
  /** How often the connection was loaded, and asked to flush its own queue. */
  connects(): number;
  connectionFlushes(): number;
  /** Lets pending promises (chunk loads, deliveries) settle. */
  settle(): Promise<void>;
}

export const referralCampaign: Campaign = {
  id: 'refer',
  kind: 'referral',
  triggers: [{ type: 'purchase' }],
  frequency: { once: true },
};

export const npsCampaign: Campaign = {
  id: 'nps',
  kind: 'nps',
  triggers: [{ type: 'time-on-page', duration: 30_000 }],
  frequency: { untilResponded: true, snooze: 14 * 86_400_000 },
};

export function directConnection(backend: Backend): Connection {
  return {
    backend,
    async deliver(events) {
      const result = await backend.send(events);
      return [...result.accepted, ...result.duplicates];
    },
  };
}

export function createHarness(
  options: Record<string, unknown> = {},
  overrides: {
    backend?: Backend;
    loadUiFails?: boolean;
    presenterFails?: boolean;
    /** The connection carries the server-ledger code, as the real ones do. */
    serverLedger?: boolean;
  } = {},
): Harness {
  const backend = memoryBackend();
  const mounts: FakeMount[] = [];
  const panels: FakePanelMount[] = [];
  let uiLoads = 0;
  const uiKinds: string[] = [];
  let connects = 0;
  let connectionFlushes = 0;
  // As the npm entry does: `<grapevine-referral>` is defined before start.
  if (options.ui !== false && !customElements.get(PANEL_TAG)) {
    customElements.define(PANEL_TAG, panelElement());
  }
  // As the npm entry does: the runtime keeps a state cell the handle observes.
  const state = createStateCell();
  const runtime = createRuntime(
    {
      backend: overrides.backend ?? backend,
      config: { campaigns: [referralCampaign] },
      ...options,
    },
    {
      loadPresenter: async () => {
        if (overrides.presenterFails) throw new Error('chunk failed to load');
        return presenterModule;
      },
      loadPanels: async () => panelsModule,
      loadMessages: async () => messagesModule,
      watchNavigation,
      state,
      async loadUi(kind) {
        uiLoads += 1;
        uiKinds.push(kind);
        if (overrides.loadUiFails) throw new Error('chunk failed to load');
        return {
          mountPrompt(request, callbacks) {
            const mount: FakeMount = { request, callbacks, destroyed: false };
            mounts.push(mount);
            return {
              destroy() {
                mount.destroyed = true;
              },
            };
          },
          mountPanel(element, request, callbacks) {
            const mount: FakePanelMount = { element, request, callbacks, destroyed: false };
            panels.push(mount);
            return {
              destroy() {
                mount.destroyed = true;
              },
            };
          },
          loadCatalog,
        };
      },
      async connect(given) {
        connects += 1;
        if (!given) throw new Error('no backend');
        return {
          ...directConnection(given),
          ...(overrides.serverLedger ? { serverLedger: async () => serverLedgerModule } : {}),
          flush: () => {
            connectionFlushes += 1;
          },
        };
      },
    },
  );
  const grapevine: GrapevineHandle = Object.assign(
    runtime,
    observableState(state, (message, error) => console.error(message, error)),
  );
  // Sends wait for the fourth frame after a prompt opens (delivery.holdUntil): let frames pass.
  const settle = async (): Promise<void> => {
    for (let round = 0; round < 10; round += 1) {
      await vi.advanceTimersByTimeAsync(0);
      vi.advanceTimersToNextFrame();
    }
    await vi.advanceTimersByTimeAsync(0);
  };
  return {
    grapevine,
    backend,
    mounts,
    panels,
    settle,
    uiLoads: () => uiLoads,
    uiKinds,
    connects: () => connects,
    connectionFlushes: () => connectionFlushes,
  };
}

/** The stored state, parsed. */
export function stored(key = 'grapevine:v1'): Record<string, unknown> {
  return JSON.parse(localStorage.getItem(key) ?? 'null') as Record<string, unknown>;
}

/**
 * One harness per test, for a file's top level: before each test it clears storage and the
 * page (fake timers at `now` when given); after it, it destroys the harness `start` made,
 * clears the page and restores real timers.
 * @example const start = harnessPerTest(NOW); … const { grapevine } = start();
 */
export function harnessPerTest(
  now?: number,
): (...args: Parameters<typeof createHarness>) => Harness {
  let current: Harness | undefined;
  beforeEach(() => {
    if (now !== undefined) vi.useFakeTimers({ now });
    localStorage.clear();
    document.body.innerHTML = '';
  });
  afterEach(() => {
    current?.grapevine.destroy();
    current = undefined;
    document.body.innerHTML = '';
    vi.useRealTimers();
  });
  return (...args) => {
    current = createHarness(...args);
    return current;
  };
}
