// Events are written to the runtime's storage key first and only then handed on, so none is
// lost when the page closes mid-send or the network is down. The connection (backend plus
// outbox) is loaded lazily, the first time there is something to send.
import type { Backend, GrapevineEvent } from '@grapevine/core';
import type { Store } from '../storage/store.js';
import type { PersistedState } from './state.js';

/** A backend and the way events reach it. */
export interface Connection {
  backend: Backend;
  /**
   * Takes events on; resolves with the ids it is now responsible for (stored by a durable
   * outbox, or acknowledged by the server) so they can leave the runtime's own queue.
   * Receiving an id twice must be harmless (the outbox and the server dedupe by id).
   */
  deliver(events: GrapevineEvent[]): Promise<readonly string[]>;
  /** Send what is queued now (the page is being hidden). */
  flush?(): void;
  destroy?(): void;
}

export interface DeliveryOptions {
  store: Store<PersistedState>;
  connect(): Promise<Connection>;
  /** Whether sending is allowed now (consent). */
  canSend(): boolean;
  report(message: string, error: unknown): void;
}

export interface Delivery {
  /** Stores the event; sends it soon unless `hold` (an NPS answer waiting for its comment). */
  enqueue(event: GrapevineEvent, hold?: boolean): void;
  /** Changes a stored event that has not been handed on yet (adds the NPS comment). */
  amend(id: string, change: (event: GrapevineEvent) => GrapevineEvent): boolean;
  /** Lets held events go and sends everything stored. */
  flush(): Promise<void>;
  /**
   * Loads the connection and lets it send what it kept from earlier pages (the outbox's
   * own stored queue), even when this page has nothing new to send.
   */
  resume(): Promise<void>;
  /** The connection, loading it if needed (`undefined` when it cannot load). */
  connection(): Promise<Connection | undefined>;
  destroy(): void;
}

export function createDelivery(options: DeliveryOptions): Delivery {
  const { store } = options;
  const held = new Set<string>();
  let connecting: Promise<Connection | undefined> | undefined;
  let scheduled = false;
  let destroyed = false;
  let warned = false;

  const connection = (): Promise<Connection | undefined> =>
    (connecting ??= options.connect().catch((error: unknown) => {
      connecting = undefined; // try again on the next send
      if (!warned) options.report('Grapevine: could not load the backend', error);
      warned = true;
      return undefined;
    }));

  const send = async (): Promise<void> => {
    scheduled = false;
    if (destroyed || !options.canSend()) return;
    const events = store.read().pending.filter((event) => !held.has(event.id));
    if (events.length === 0) return;
    const connected = await connection();
    if (!connected || destroyed) return;
    try {
      const done = new Set(await connected.deliver(events));
      store.update((state) => ({
        ...state,
        pending: state.pending.filter((event) => !done.has(event.id)),
      }));
    } catch (error) {
      // Still stored: the next flush (or page view) tries again.
      if (!warned) options.report('Grapevine: events could not be sent yet', error);
      warned = true;
    }
  };

  const schedule = (): void => {
    if (scheduled) return;
    scheduled = true;
    queueMicrotask(() => void send());
  };

  return {
    enqueue(event, hold = false) {
      store.update((state) => ({ ...state, pending: [...state.pending, event] }));
      if (hold) held.add(event.id);
      else schedule();
    },
    amend(id, change) {
      let found = false;
      store.update((state) => ({
        ...state,
        pending: state.pending.map((event) => {
          if (event.id !== id) return event;
          found = true;
          return change(event);
        }),
      }));
      return found;
    },
    async flush() {
      held.clear();
      await send();
      (await connecting)?.flush?.();
    },
    async resume() {
      if (destroyed || !options.canSend()) return;
      await send();
      (await connection())?.flush?.();
    },
    connection,
    destroy() {
      destroyed = true;
      void connecting?.then((connected) => connected?.destroy?.());
    },
  };
}
