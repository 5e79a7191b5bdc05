// The Svelte recipe (docs/recipes/svelte.ts) with the real svelte/store: the state's signals
// are stores as they are, and `grapevineStore` gives the whole snapshot as one.
import { get } from 'svelte/store';
import { describe, expect, it, vi } from 'vitest';
import { grapevineStore } from '../../docs/recipes/svelte.js';
import { headlessApp } from './headless-app.js';

describe('Svelte recipe: stores', () => {
  it('grapevine.state.prompt is a store ($prompt), and grapevineStore follows every change', async () => {
    const { grapevine } = headlessApp();
    // The npm entry loads its rules with import(): wait for them, as a slow CI machine must.
    await grapevine.ready();
    const store = grapevineStore(grapevine);
    const steps: unknown[] = [];
    const stop = store.subscribe((snapshot) => steps.push(snapshot.step));
    const prompts: unknown[] = [];
    const stopPrompt = grapevine.state.prompt.subscribe((prompt) => prompts.push(prompt?.kind));
    grapevine.show('nps');
    await vi.waitFor(() => expect(get(grapevine.state.prompt)?.kind).toBe('nps'));
    grapevine.rendered();
    grapevine.close();
    expect(steps).toEqual([null, 'pending', 'shown', null]);
    expect(prompts).toEqual([undefined, 'nps', undefined]);
    stop();
    stopPrompt();
    grapevine.destroy();
  });
});
