// `<grapevine-referral>` through its own lifecycle: an element added after start (a `v-if`, a
// tab, a modal: no URL change) renders, one removed is cleaned up, one added again renders again.
import { memoryBackend } from '@grapevine/adapter';
import { describe, expect, it, vi } from 'vitest';
import { createGrapevine } from '../../src/create-grapevine.js';
import { harnessPerTest } from './harness.js';

const anna = { id: 'c1', email: 'anna@example.com', name: 'Anna' };
const start = harnessPerTest();

describe('<grapevine-referral> added after start', () => {
  it('mounts when connected, unmounts when removed, mounts again when added again', async () => {
    vi.useFakeTimers();
    const { grapevine, panels, settle, uiLoads } = start();
    grapevine.identify(anna);
    await settle();
    expect(uiLoads()).toBe(0);
    expect(customElements.get('grapevine-referral')).toBeDefined();
    const element = document.createElement('grapevine-referral');
    document.body.append(element); // a modal opens: no navigation
    await settle();
    expect(panels.map((panel) => panel.element)).toEqual([element]);
    element.remove();
    await settle();
    expect(panels[0]?.destroyed).toBe(true);
    document.body.append(element);
    await settle();
    expect(panels).toHaveLength(2);
    expect(panels[1]?.destroyed).toBe(false);
  });

  it('renders nothing for an element added after destroy()', async () => {
    vi.useFakeTimers();
    const { grapevine, panels, settle } = start();
    grapevine.destroy();
    document.body.append(document.createElement('grapevine-referral'));
    await settle();
    expect(panels).toHaveLength(0);
  });

  it('with the real npm entry and UI: the late element shows the advocate’s link in its shadow root', async () => {
    const backend = memoryBackend();
    const grapevine = createGrapevine({ backend, config: { campaigns: [] }, locale: 'en' });
    grapevine.identify(anna);
    const element = document.createElement('grapevine-referral');
    document.body.append(element);
    const { code } = await backend.referral(anna);
    await vi.waitFor(() => expect(element.shadowRoot?.innerHTML).toContain(code), {
      timeout: 5_000,
    });
    element.remove();
    expect(element.shadowRoot?.innerHTML ?? '').not.toContain(code);
    grapevine.destroy();
  });
});
