// The runtime's observable state as read-only @preact/signals: one signal fed by
// `subscribe`, the fields as computed signals of it (each changes only when its own field
// does, so an effect reading `step` does not re-run when `consent` changes).
import { computed, signal } from '@preact/signals-core';
import type { GrapevineHandle, GrapevineState } from './handle.js';

/**
 * @example const state = stateSignals(handle); effect(() => render(state.prompt.value))
 */
export function stateSignals(
  handle: Pick<GrapevineHandle, 'getSnapshot' | 'subscribe'>,
): GrapevineState {
  const source = signal(handle.getSnapshot());
  handle.subscribe(() => {
    source.value = handle.getSnapshot();
  });
  return {
    snapshot: computed(() => source.value),
    prompt: computed(() => source.value.prompt),
    step: computed(() => source.value.step),
    referral: computed(() => source.value.referral),
    consent: computed(() => source.value.consent),
  };
}
