// Recipe (README "React"): the runtime's state in a React 19 component. Tested by
// test/recipes/react.test.ts with the real React.
import type { Grapevine, GrapevineSnapshot } from '@grapevine/widget';
import { useSyncExternalStore } from 'react';

/** The open prompt, its step, the visitor's referral and the consent; re-renders on change. */
export function useGrapevine(grapevine: Grapevine): GrapevineSnapshot {
  return useSyncExternalStore(grapevine.subscribe, grapevine.getSnapshot, grapevine.getSnapshot);
}
