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
  /** Loads the code that checks, merges and explains the customer's ledger from the server. */
  serverLedger?(): Promise<typeof import('./server-ledger.js')>;
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
  /**
   * Changes a held event (adds the NPS comment); `false` when it is no longer held (it may be
   * on its way: a change now could be lost, so the caller sends its own event instead).
   */
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
  /**
   * Holds sends (not {@link flush}: a page going away sends at once) until `until` settles
   * and the prompt it opened is visibly painted: the prompt does not wait for the backend
   * chunk, the outbox or the request. Events are stored meanwhile, as always.
   */
  holdUntil(until: Promise<unknown>): void;
  /**
   * Runs `record` when no hold is left (at once when none), and before any flush: the
   * bookkeeping of an impression (ledger, event) comes after the prompt's frames, yet is
   * stored before a page that goes away sends.
   */
  afterHold(record: () => void): void;
  destroy(): void;
}

/**
 * Calls `fn` after `frames` frames have been rendered, in a task of its own (one queued from
 * an animation frame callback runs after that frame's rendering). A hidden tab renders no
 * frame: there it waits until the tab is shown (a flush on hiding or leaving never waits).
 */
const afterFrames = (frames: number, fn: () => void): unknown =>
  frames ? requestAnimationFrame(() => afterFrames(frames - 1, fn)) : setTimeout(fn);

export function createDelivery(options: DeliveryOptions): Delivery {
  const { store } = options;
  const held = new Set<string>();
  let connecting: Promise<Connection | undefined> | undefined;
  let scheduled = false;
  let holds = 0;
  const waiting: (() => void)[] = [];
  const drain = (): void => {
    for (const record of waiting.splice(0)) record();
  };
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
    // While held, the release schedules what is waiting.
    if (holds === 0) queueMicrotask(() => void send());
  };

  return {
    enqueue(event, hold = false) {
      store.update((state) => ({ ...state, pending: [...state.pending, event] }));
      if (hold) held.add(event.id);
      else schedule();
    },
    amend(id, change) {
      if (!held.has(id)) return false;
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
      drain();
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
    holdUntil(until) {
      holds += 1;
      // Four frames: a prompt's entrance motion starts transparent, and the page sees it
      // under way from the third frame on (the fourth at 4x CPU throttling, in Chromium).
      const release = (): unknown =>
        afterFrames(4, () => {
          holds -= 1;
          if (holds) return;
          const due = scheduled; // set while held: no send is queued yet
          drain();
          if (due) queueMicrotask(() => void send());
        });
      until.then(release, release);
    },
    afterHold(record) {
      if (holds) waiting.push(record);
      else record();
    },
    destroy() {
      destroyed = true;
      void connecting?.then((connected) => connected?.destroy?.());
    },
  };
}
