import type { Backend, DropReport, GrapevineEvent, SendResult } from '@grapevine/core';
import { PoisonEventError } from '../errors/poison-event-error.js';
import { isTransportError } from '../errors/transport-error.js';
import { backoff } from '../http/backoff.js';
import type { DropCounts } from './queue-codec.js';
import { type QueueOptions, queueStore } from './queue-store.js';
import { type Batch, settleBatch, takeBatch } from './take-batch.js';

/** The backend an outbox delivers to; `sendKeepalive` (from `httpBackend`) is used on page exit. */
export type OutboxBackend = Pick<Backend, 'send'> & {
  sendKeepalive?(events: GrapevineEvent[], dropped?: DropReport): Promise<SendResult>;
};

/** Options of {@link createOutbox}. Durations are in milliseconds. */
export interface OutboxOptions extends QueueOptions {
  /** Where events go. */
  backend: OutboxBackend;
  /** The clock. @default Date.now */
  now?: () => number;
  /** Randomness for backoff jitter and the tab id, in [0, 1). @default Math.random */
  random?: () => number;
  /** This tab's id in claims. @default a random id */
  tabId?: string;
  /** Events per request (at most 100, the contract's limit). @default 50 */
  batchSize?: number;
  /** How long to wait after `enqueue` for more events before sending. @default 1000 */
  batchDelay?: number;
  /** The first retry's delay; doubled per failure, jittered to 50–100 %. @default 1000 */
  retryDelay?: number;
  /** The longest retry delay. @default 300_000 */
  maxRetryDelay?: number;
  /** How long a tab's claim on the entries it is sending holds off other tabs. @default 60_000 */
  claimTtl?: number;
  /**
   * On page exit, this tab's claims are cut to this: the page may be gone before any answer,
   * and the next page (or tab) must not wait a full `claimTtl` to send them. @default 2_000
   */
  exitClaimTtl?: number;
  /** Body limit for page-exit (`keepalive`) sends; browsers allow 64 KB in all. @default 60_000 */
  maxKeepaliveBytes?: number;
  /**
   * How many times an event sent alone may fail with a server error (a 5xx other than 503)
   * before it is dropped as poison ({@link PoisonEventError}, counted as `rejected`).
   * @default 3
   */
  poisonAttempts?: number;
  /** Told about storage failures, unreadable stored entries and failed deliveries. Must not throw. */
  onError?: (error: unknown) => void;
}

/** What the outbox holds right now. */
export interface OutboxStatus {
  queued: number;
  /** Drops not yet reported to the backend. */
  dropped: DropCounts;
}

/** The window and document events the outbox listens to (injected: no globals are read). */
export type OutboxWindow = Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;
export type OutboxDocument = OutboxWindow & { readonly visibilityState: DocumentVisibilityState };

export interface Outbox {
  /** Stores events (synchronously, before any send) and schedules a batch. Never throws. */
  enqueue(...events: GrapevineEvent[]): void;
  /** Sends everything this tab may send now. Resolves when done; never rejects. */
  flush(): Promise<void>;
  /** Hands one batch to `sendKeepalive` (or `send`) for a page that is going away. */
  flushOnExit(): boolean;
  /**
   * Flushes on `online`, `pagehide` and `visibilitychange` to hidden.
   * @returns a function that removes the listeners
   * @example outbox.attach(window, document)
   */
  attach(target: OutboxWindow, doc?: OutboxDocument): () => void;
  status(): OutboxStatus;
  /** Clears the timer and removes listeners; queued events stay stored for the next page. */
  destroy(): void;
}

/** Statuses that mean "this batch is invalid": split it to find the offending event. */
const REJECTED = [400, 413, 422];

/**
 * A server error that may be caused by one event of the batch. 503 is the server saying it
 * is away (its database, a drain): the batch is fine and only waits.
 */
const isServerFault = (error: unknown) =>
  isTransportError(error) && (error.status as number) >= 500 && error.status !== 503;

/**
 * A durable, at-least-once event outbox: events are stored first, sent in batches with
 * backoff, flushed on page exit with a keepalive request, bounded in size and age, and shared
 * safely by tabs (per-tab claims with a TTL). The server deduplicates by event id.
 *
 * @example
 * ```ts
 * const outbox = createOutbox({ backend: httpBackend(options), storage: webStorage(localStorage) });
 * const detach = outbox.attach(window, document);
 * outbox.enqueue({ type: 'impression', id: crypto.randomUUID(), at: Date.now(), visitorId, campaignId, variantId: 'default' });
 * ```
 */
export function createOutbox(options: OutboxOptions): Outbox {
  const {
    backend,
    now = Date.now,
    random = Math.random,
    batchDelay = 1000,
    claimTtl = 60_000,
  } = options;
  const tab = options.tabId ?? `tab-${random().toString(36).slice(2)}`;
  const batchSize = Math.min(100, Math.max(1, options.batchSize ?? 50));
  const report = (error: unknown) => {
    try {
      options.onError?.(error);
    } catch {
      // A reporter that throws must not break delivery.
    }
  };
  const transact = queueStore(options, now, report);

  const listeners: AbortController[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let timerDue = Infinity;
  let running: Promise<void> | undefined;
  let failures = 0;
  let limit = batchSize;
  let destroyed = false;
  // The poison hunt: the batch (by its ids) that last failed with a server fault, and how
  // often in a row. Once a batch fails twice, its ids are suspects and halves are tried
  // until one event is left; suspects that get through are cleared, and so is the hunt.
  let faulted = '';
  let faults = 0;
  let suspects = new Set<string>();

  /** Sets the one timer to fire in `delay` ms, unless it already fires sooner. */
  function schedule(delay: number): void {
    const due = now() + delay;
    if (destroyed || due >= timerDue) return;
    clearTimeout(timer);
    timerDue = due;
    timer = setTimeout(() => {
      timerDue = Infinity;
      void flush();
    }, delay);
  }

  /** Schedules the next attempt after one more failure. */
  function retryLater(): void {
    failures += 1;
    schedule(
      backoff(options.retryDelay ?? 1000, failures, options.maxRetryDelay ?? 300_000, random),
    );
  }

  /**
   * Sends one taken batch and records the outcome in the store. Returns whether the queue
   * moved on: delivered, or an invalid or poisoned batch split (or its one bad event dropped).
   */
  async function deliver({ events, dropped }: Batch, keepalive?: boolean): Promise<boolean> {
    const ids = events.map((event) => event.id);
    try {
      await (keepalive && backend.sendKeepalive
        ? backend.sendKeepalive(events, dropped)
        : backend.send(events, dropped));
      transact((state) => settleBatch(state, events, dropped));
      failures = 0;
      for (const id of ids) suspects.delete(id);
      // While hunting a poison event, the next batch starts where it hides: keep the size.
      if (suspects.size === 0) limit = Math.min(batchSize, limit * 2);
      return true;
    } catch (error) {
      report(error);
      const key = ids.join('\n');
      faults = isServerFault(error) ? (key === faulted ? faults + 1 : 1) : 0;
      faulted = faults ? key : '';
      const poisoned = faults > 1 || (faults > 0 && ids.some((id) => suspects.has(id)));
      if (poisoned) suspects = new Set(ids);
      const invalid = isTransportError(error) && REJECTED.includes(error.status as number);
      const drop =
        ids.length === 1 && (invalid || (poisoned && faults >= (options.poisonAttempts ?? 3)));
      transact((state) => {
        if (drop) {
          settleBatch(state, events);
          state.dropped.rejected += 1;
        }
        // Give this tab's claims back so the next attempt (any tab) can take them.
        for (const entry of state.entries) {
          if (entry.claim?.tab === tab && ids.includes(entry.event.id)) delete entry.claim;
        }
      });
      if (drop && !invalid) {
        report(new PoisonEventError(ids[0] as string, faults, error));
        suspects.clear();
        faults = 0;
      }
      if (invalid || (poisoned && ids.length > 1)) limit = Math.ceil(ids.length / 2);
      // A split batch goes on at once; a single suspect waits for its next attempt.
      return invalid || drop || (poisoned && ids.length > 1);
    }
  }

  async function drain(): Promise<void> {
    while (!destroyed) {
      const batch = transact((state, time) => takeBatch(state, time, tab, claimTtl, limit));
      if (batch.events.length === 0) {
        // Another tab holds the rest: look again when its claim runs out, in case it died.
        if (batch.blockedUntil) schedule(batch.blockedUntil - now());
        return;
      }
      if (!(await deliver(batch))) return retryLater();
    }
  }

  function flush(): Promise<void> {
    if (!running) {
      // Clearing a timer that already fired is harmless.
      clearTimeout(timer);
      timerDue = Infinity;
      running = drain()
        .catch(report)
        .finally(() => {
          running = undefined;
        });
    }
    return running;
  }

  function flushOnExit(): boolean {
    const exitClaimTtl = Math.min(claimTtl, options.exitClaimTtl ?? 2_000);
    const batch = transact((state, time) => {
      // Requests still in flight may never be answered now: let the next page take them soon.
      for (const { claim } of state.entries) {
        if (claim?.tab === tab) claim.until = Math.min(claim.until, time + exitClaimTtl);
      }
      const maxBytes = options.maxKeepaliveBytes ?? 60_000;
      return takeBatch(state, time, tab, exitClaimTtl, batchSize, maxBytes);
    });
    if (batch.events.length === 0) return false;
    // If the page survives (a hidden tab), the answer settles the batch as usual and the
    // rest follows after `batchDelay` (or a backoff, if this delivery failed).
    void deliver(batch, true).then((moved) => (moved ? schedule(batchDelay) : retryLater()));
    return true;
  }

  function enqueue(...events: GrapevineEvent[]): void {
    let queued = 0;
    try {
      queued = transact(({ entries }, time) => {
        for (const event of events) {
          if (!entries.some((entry) => entry.event.id === event.id)) {
            entries.push({ event, queuedAt: time });
          }
        }
        return entries.length;
      });
    } catch (error) {
      report(error);
    }
    if (queued >= batchSize) void flush();
    else schedule(batchDelay);
  }

  function attach(target: OutboxWindow, doc?: OutboxDocument): () => void {
    const controller = new AbortController();
    const { signal } = controller;
    target.addEventListener(
      'online',
      () => {
        failures = 0;
        void flush();
      },
      { signal },
    );
    target.addEventListener('pagehide', () => flushOnExit(), { signal });
    doc?.addEventListener(
      'visibilitychange',
      () => doc.visibilityState === 'hidden' && flushOnExit(),
      { signal },
    );
    listeners.push(controller);
    return () => controller.abort();
  }

  // Events an earlier page left behind go out without waiting for a new one.
  if (transact((state) => state.entries.length) > 0) schedule(batchDelay);

  return {
    enqueue,
    flush,
    flushOnExit,
    attach,
    status: () =>
      transact((state) => ({ queued: state.entries.length, dropped: { ...state.dropped } })),
    destroy() {
      destroyed = true;
      clearTimeout(timer);
      for (const controller of listeners) controller.abort();
    },
  };
}
