// The Vue recipe (docs/recipes/vue.ts) with the real Vue 3.5: a component renders the open
// prompt from the composable, and stops listening when it unmounts.

import { describe, expect, it, vi } from 'vitest';
import { createApp, defineComponent, h, nextTick } from 'vue';
import { useGrapevine } from '../../docs/recipes/vue.js';
import { headlessApp } from './headless-app.js';

describe('Vue recipe: useGrapevine composable', () => {
  it('re-renders on each step and unsubscribes on unmount', async () => {
    const { grapevine } = headlessApp();
    // The npm entry loads its rules with import(): wait for them, as a slow CI machine must.
    await grapevine.ready();
    const subscribe = vi.spyOn(grapevine, 'subscribe');
    const Prompt = defineComponent(() => {
      const state = useGrapevine(grapevine);
      return () =>
        state.value.prompt ? h('p', `${state.value.prompt.campaignId}: ${state.value.step}`) : null;
    });
    document.body.innerHTML = '<div id="app"></div>';
    const app = createApp(Prompt);
    app.mount('#app');
    expect(document.body.textContent).toBe('');
    grapevine.show('nps');
    await vi.waitFor(() => expect(document.body.textContent).toBe('nps: pending'));
    grapevine.rendered();
    await nextTick();
    expect(document.body.textContent).toBe('nps: shown');
    grapevine.answer(9);
    await nextTick();
    expect(document.body.textContent).toBe('nps: answered');
    expect(subscribe).toHaveBeenCalledTimes(1);
    app.unmount();
    // The composable's listener is gone: the change is read once, by `grapevine.state`'s own.
    const reads = vi.spyOn(grapevine, 'getSnapshot');
    grapevine.close();
    expect(reads).toHaveBeenCalledTimes(1);
    expect(document.body.textContent).toBe('');
    grapevine.destroy();
  });
});
