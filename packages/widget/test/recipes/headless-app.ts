// A headless Grapevine as an app would start it (the real npm entry, `ui: false`) over a
// memory backend, with one NPS campaign the test opens by hand.
import { type MemoryBackend, memoryBackend } from '@grapevine/adapter';
import type { Campaign } from '@grapevine/core';
import { createGrapevine } from '../../src/create-grapevine.js';
import type { Grapevine } from '../../src/runtime/handle.js';

export const npsCampaign: Campaign = {
  id: 'nps',
  kind: 'nps',
  triggers: [{ type: 'manual' }],
  frequency: { untilResponded: true },
};

export function headlessApp(locale = 'en'): { grapevine: Grapevine; backend: MemoryBackend } {
  localStorage.clear();
  const backend = memoryBackend();
  const grapevine = createGrapevine({
    backend,
    ui: false,
    locale,
    config: { campaigns: [npsCampaign] },
  });
  return { grapevine, backend };
}
