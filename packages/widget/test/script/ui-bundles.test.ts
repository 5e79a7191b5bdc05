// The script tag's UI bundles (src/ui/entries): each offers what the runtime loads it for,
// and a prompt bundle shows its own kind only.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PanelUi, PromptUi } from '../../src/runtime/ui-kinds.js';
import * as friend from '../../src/ui/entries/friend-offer.js';
import * as nps from '../../src/ui/entries/nps.js';
import * as panel from '../../src/ui/entries/panel.js';
import * as referral from '../../src/ui/entries/referral.js';
import type { PromptCallbacks, PromptRequest } from '../../src/ui/types.js';

// Checked by the compiler: the modules the loader imports as these kinds fit them.
const prompts: Record<'nps' | 'referral' | 'friend-offer', PromptUi> = {
  nps,
  referral,
  'friend-offer': friend,
};
const panelUi: PanelUi = panel;

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

describe('UI bundles', () => {
  it('each prompt bundle refuses another kind: reported, closed, nothing on the page', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    for (const [kind, ui] of Object.entries(prompts)) {
      const onClosed = vi.fn();
      const request = { kind: kind === 'nps' ? 'referral' : 'nps' } as PromptRequest;
      const mounted = ui.mountPrompt(request, { onClosed } as unknown as PromptCallbacks);
      expect(document.querySelector('grapevine-prompt')).toBeNull();
      await Promise.resolve();
      expect(onClosed, kind).toHaveBeenCalledTimes(1);
      expect(error).toHaveBeenLastCalledWith(
        `[grapevine] the ${kind} UI cannot show a prompt of kind "${request.kind}"`,
      );
      mounted.destroy();
    }
  });

  it('every bundle loads its messages; the panel bundle mounts panels', async () => {
    for (const ui of [...Object.values(prompts), panelUi]) {
      await expect(ui.loadCatalog('en', 'nps')).resolves.toEqual({});
    }
    expect(typeof panelUi.mountPanel).toBe('function');
  });
});
