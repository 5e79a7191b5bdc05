import { describe, expect, it, vi } from 'vitest';
import { createEmitter } from '../../src/runtime/emitter.js';

type Events = { shown: { campaignId: string } };

describe('createEmitter', () => {
  it('calls on() listeners, dispatches grapevine:* on window and pushes to dataLayer', () => {
    const host = window as Window & { dataLayer?: unknown[] };
    delete host.dataLayer;
    const events = createEmitter<Events>({ target: window, dataLayer: true, report: vi.fn() });
    const listener = vi.fn();
    const domListener = vi.fn();
    events.on('shown', listener);
    window.addEventListener('grapevine:shown', domListener);
    events.emit('shown', { campaignId: 'nps' });
    events.off('shown', listener);
    events.emit('shown', { campaignId: 'nps' });
    window.removeEventListener('grapevine:shown', domListener);
    expect(listener).toHaveBeenCalledTimes(1);
    const [[dispatched]] = domListener.mock.calls as [[CustomEvent]];
    expect(dispatched.detail).toEqual({ campaignId: 'nps' });
    expect(host.dataLayer).toEqual([
      { event: 'grapevine:shown', campaignId: 'nps' },
      { event: 'grapevine:shown', campaignId: 'nps' },
    ]);
    delete host.dataLayer;
  });

  it('reports a throwing listener and still calls the others', () => {
    const report = vi.fn();
    const events = createEmitter<Events>({ target: undefined, dataLayer: false, report });
    const after = vi.fn();
    events.on('shown', () => {
      throw new Error('host bug');
    });
    events.on('shown', after);
    expect(() => events.emit('shown', { campaignId: 'x' })).not.toThrow();
    expect(after).toHaveBeenCalled();
    expect(report).toHaveBeenCalledWith(
      "Grapevine: an on('shown') listener threw",
      expect.any(Error),
    );
  });
});
