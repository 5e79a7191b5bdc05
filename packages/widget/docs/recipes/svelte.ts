// Recipe (README "Svelte"): @preact/signals are Svelte stores already (`subscribe` returns
// the unsubscribe), so `$prompt` works on `grapevine.state.prompt`. For one store of the whole
// state, `readable` over `subscribe`. Tested by test/recipes/svelte.test.ts.
import type { Grapevine, GrapevineSnapshot } from '@grapevine/widget';
import { type Readable, readable } from 'svelte/store';

/** The whole state as one Svelte store. */
export function grapevineStore(grapevine: Grapevine): Readable<GrapevineSnapshot> {
  return readable(grapevine.getSnapshot(), (set) =>
    grapevine.subscribe(() => set(grapevine.getSnapshot())),
  );
}
