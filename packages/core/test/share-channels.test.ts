import { describe, expect, it } from 'vitest';
import type { ShareChannel } from '../src/backend.js';
import { SHARE_CHANNELS } from '../src/share-channels.js';

describe('SHARE_CHANNELS', () => {
  it('lists every ShareChannel once', () => {
    // Fails to typecheck when ShareChannel gains a channel the list lacks.
    type Missing = Exclude<ShareChannel, (typeof SHARE_CHANNELS)[number]>;
    const complete: [Missing] extends [never] ? true : false = true;
    expect(complete).toBe(true);
    expect(new Set(SHARE_CHANNELS).size).toBe(SHARE_CHANNELS.length);
  });
});
