import { signal } from '@preact/signals-core';
import type { PanelData } from '../types.js';
import { awaited } from './awaited.js';

/** How long to wait for the advocate's details before showing the fallback message. */
export const PANEL_TIMEOUT_MS = 6000;

/** The panel's data: loading, ready (possibly without an advocate), or failed. */
export type PanelState =
  | { kind: 'loading' }
  | { kind: 'ready'; data: PanelData }
  | { kind: 'failed' };

/**
 * The inline panel's state while the backend answers. Data that arrives after the timeout
 * still replaces the fallback; anything that is not an object counts as a failure.
 * @example createPanelModel(loadPanelData()).state.value // { kind: 'loading' }
 */
export function createPanelModel(
  source: PanelData | Promise<PanelData>,
  timeoutMs = PANEL_TIMEOUT_MS,
) {
  const state = signal<PanelState>({ kind: 'loading' });
  const stop = awaited(
    source,
    (data) => {
      state.value =
        data && typeof data === 'object'
          ? { kind: 'ready', data: { referral: data.referral ?? null, stats: data.stats ?? null } }
          : { kind: 'failed' };
    },
    () => {
      if (state.value.kind === 'loading') state.value = { kind: 'failed' };
    },
    timeoutMs,
  );
  return {
    state,
    dispose: stop,
  };
}

export type PanelModel = ReturnType<typeof createPanelModel>;
