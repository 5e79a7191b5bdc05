// The connection both entries use: the backend plus the adapter's durable outbox (batched,
// retried with backoff, flushed with `keepalive` when the page goes away). Loaded lazily,
// the first time something must be sent or fetched.

import type { OutboxBackend, OutboxStorage } from '@grapevine/adapter';
import { createOutbox, memoryStorage, webStorage } from '@grapevine/adapter';
import type { Backend } from '@grapevine/core';
import type { Connection } from './delivery.js';

/** @param key the outbox's own storage key, beside the runtime's. */
export function outboxConnection(
  backend: Backend & OutboxBackend,
  win: Window,
  key: string,
  onError: (error: unknown) => void,
): Connection {
  let storage: OutboxStorage;
  try {
    storage = webStorage(win.localStorage);
  } catch {
    storage = memoryStorage();
  }
  const outbox = createOutbox({ backend, storage, key, onError });
  const detach = outbox.attach(win, win.document);
  return {
    backend,
    // Its own chunk: only a signed customer's page view loads it.
    serverLedger: () => import('./server-ledger.js'),
    deliver(events) {
      // `enqueue` stores synchronously: from here on the outbox owns them.
      outbox.enqueue(...events);
      return Promise.resolve(events.map((event) => event.id));
    },
    flush: () => void outbox.flush(),
    destroy() {
      detach();
      outbox.destroy();
    },
  };
}
