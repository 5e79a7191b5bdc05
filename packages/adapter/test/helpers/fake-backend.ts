import type { DropReport, GrapevineEvent, SendResult } from '@grapevine/core';
import { TransportError } from '../../src/index.js';
import { memoryBackend } from '../../src/memory/memory-backend.js';

/** One call the outbox made. */
export interface Delivery {
  ids: string[];
  dropped: DropReport | undefined;
  keepalive: boolean;
}

/**
 * A backend at the port's seam: records every send, can be taken offline, can hold sends
 * open (a slow network), and stores through a real `memoryBackend`, which deduplicates.
 */
export function fakeBackend(
  options: { reject?: (event: GrapevineEvent) => boolean; rejectStatus?: number } = {},
) {
  const server = memoryBackend();
  const deliveries: Delivery[] = [];
  const held: (() => void)[] = [];
  const control = { offline: false, hold: false };

  async function deliver(
    events: GrapevineEvent[],
    dropped: DropReport | undefined,
    keepalive: boolean,
  ): Promise<SendResult> {
    deliveries.push({ ids: events.map((event) => event.id), dropped, keepalive });
    if (control.offline) {
      throw new TransportError('POST /v1/events: network failure', {
        kind: 'network',
        endpoint: 'POST /v1/events',
      });
    }
    if (control.hold) await new Promise<void>((resolve) => held.push(resolve));
    if (options.reject && events.some(options.reject)) {
      const status = options.rejectStatus ?? 400;
      throw new TransportError(`POST /v1/events: HTTP ${status}`, {
        kind: 'http',
        endpoint: 'POST /v1/events',
        status,
      });
    }
    return server.send(events, dropped);
  }

  return {
    backend: {
      send: (events: GrapevineEvent[], dropped?: DropReport) => deliver(events, dropped, false),
      sendKeepalive: (events: GrapevineEvent[], dropped?: DropReport) =>
        deliver(events, dropped, true),
    },
    control,
    deliveries,
    /** Lets every held send go on. */
    release() {
      control.hold = false;
      for (const resolve of held.splice(0)) resolve();
    },
    /** Ids the server stored, in order. */
    stored: () => server.inspect().events.map((event) => event.id),
    server,
  };
}

/** A fake window and document for `attach`. */
export function fakePage() {
  const win = new EventTarget();
  const doc = Object.assign(new EventTarget(), {
    visibilityState: 'visible' as DocumentVisibilityState,
  });
  return {
    win,
    doc,
    hide() {
      doc.visibilityState = 'hidden';
      doc.dispatchEvent(new Event('visibilitychange'));
    },
    fire: (type: 'online' | 'pagehide') => win.dispatchEvent(new Event(type)),
  };
}
