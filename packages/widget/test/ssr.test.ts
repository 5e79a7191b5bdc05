// @vitest-environment node
// Importing the package during server rendering must not touch `window`, and a handle
// created there must be inert.
import { describe, expect, it } from 'vitest';
import { createGrapevine } from '../src/index.js';

describe('on a server', () => {
  it('imports and creates an inert handle without a DOM', async () => {
    expect(typeof window).toBe('undefined');
    const grapevine = createGrapevine({ config: { campaigns: [] } });
    grapevine.track('purchase', { orderId: '1', total: 1, currency: 'EUR' });
    grapevine.show('anything', { force: true });
    expect(grapevine.explain()).toEqual([]);
    await expect(grapevine.ready()).resolves.toBeUndefined();
    grapevine.destroy();
  });
});
