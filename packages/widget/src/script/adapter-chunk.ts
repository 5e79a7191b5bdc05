// The script tag's lazily loaded backend chunk: the HTTP backend (ky) and the outbox. Loaded
// the first time something must be sent or fetched, never on a quiet page view.
import { httpBackend } from '@grapevine/adapter';
import type { Backend } from '@grapevine/core';
import type { Connection } from '../runtime/delivery.js';
import { outboxConnection } from '../runtime/outbox-connection.js';

/** The HTTP backend for the script tag's `data-endpoint` and `data-site-key`. */
export function backendFor(endpoint: string, siteKey: string): Backend {
  return httpBackend({ endpoint, siteKey });
}

/** The backend plus a durable outbox stored beside the runtime's key. */
export function connect(
  endpoint: string,
  siteKey: string,
  win: Window,
  storageKey: string,
): Connection {
  return outboxConnection(
    httpBackend({ endpoint, siteKey }),
    win,
    `${storageKey}:outbox`,
    (error) => console.warn('Grapevine: outbox', error),
  );
}
