// Recipe (README "Vue"): the runtime's state as a Vue 3.5 composable. Tested by
// test/recipes/vue.test.ts with the real Vue.
import type { Grapevine, GrapevineSnapshot } from '@grapevine/widget';
import { onScopeDispose, type ShallowRef, shallowRef } from 'vue';

/** The open prompt, its step, the visitor's referral and the consent, as a ref. */
export function useGrapevine(grapevine: Grapevine): Readonly<ShallowRef<GrapevineSnapshot>> {
  const snapshot = shallowRef(grapevine.getSnapshot());
  const stop = grapevine.subscribe(() => {
    snapshot.value = grapevine.getSnapshot();
  });
  onScopeDispose(stop);
  return snapshot;
}
