import type { Backend, DropReport, GrapevineEvent, SendResult } from '@grapevine/core';
import { isTransportError } from '../errors/transport-error.js';
import type { DropCounts } from './queue-codec.js';
import { queueStore } from './queue-store.js';
import type { OutboxStorage } from './storage.js';
import { type Batch, releaseBatch, settleBatch, takeBatch } from './take-batch.js';

const DAY = 86_400_000;

/** The backend an outbox delivers to; `sendKeepalive` (from `httpBackend`) is used on page exit. */
export type OutboxBackend = Pick<Backend, 'send'> & {
  sendKeepalive?(events: GrapevineEvent[], dropped?: DropReport): Promise<SendResult>;
};

/** Options of {@link createOutbox}. Durations are in milliseconds. */
export interface OutboxOptions {
  /** Where events go. */
  backend: OutboxBackend;
  /** Where the queue lives between page loads: `webStorage(localStorage)` or `memoryStorage()`. */
  storage: OutboxStorage;
  /** @default 'grapevine:outbox' */
  key?: string;
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
  /** The queue's size bound; beyond it the oldest are dropped and counted. @default 500 */
  maxEvents?: number;
  /** The queue's age bound. @default 604_800_000 (7 days) */
  maxAge?: number;
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
const REJECTED = new Set([400, 413, 422]);

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
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  const tab = options.tabId ?? `tab-${Math.floor(random() * 2 ** 48).toString(36)}`;
  const batchSize = Math.min(100, Math.max(1, options.batchSize ?? 50));
  const claimTtlMs = options.claimTtl ?? 60_000;
  const report = (error: unknown) => {
    try {
      options.onError?.(error);
    } catch {
      // A reporter that throws must not break delivery.
    }
  };
  const store = queueStore(
    options.storage,
    options.key ?? 'grapevine:outbox',
    { maxEvents: options.maxEvents ?? 500, maxAgeMs: options.maxAge ?? 7 * DAY },
    report,
  );

  let timer: ReturnType<typeof setTimeout> | undefined;
  let timerDue = Infinity;
  let running: Promise<void> | undefined;
  let failures = 0;
  let limit = batchSize;
  let destroyed = false;
  const detachers = new Set<() => void>();

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

  function backoff(): number {
    const base = options.retryDelay ?? 1000;
    const delay = Math.min(options.maxRetryDelay ?? 300_000, base * 2 ** (failures - 1));
    return delay / 2 + (random() * delay) / 2;
  }

  type Outcome = 'sent' | 'split' | 'failed';

  /** Sends one taken batch and records the outcome in the store. */
  async function deliver(batch: Batch, send: OutboxBackend['send']): Promise<Outcome> {
    try {
      await send(batch.events, batch.dropped);
      store.transact(now(), (state) => settleBatch(state, batch));
      return 'sent';
    } catch (error) {
      report(error);
      const invalid = isTransportError(error) && REJECTED.has(error.status ?? 0);
      if (invalid && batch.events.length === 1) {
        store.transact(now(), (state) => {
          settleBatch(state, { events: batch.events });
          state.dropped.rejected += 1;
        });
        return 'split';
      }
      store.transact(now(), (state) => releaseBatch(state, batch, tab));
      if (!invalid) return 'failed';
      limit = Math.max(1, Math.ceil(batch.events.length / 2));
      return 'split';
    }
  }

  async function drain(): Promise<void> {
    for (;;) {
      if (destroyed) return;
      const batch = store.transact(now(), (state) =>
        takeBatch(state, { tab, now: now(), claimTtlMs, maxEvents: limit }),
      );
      if (batch.events.length === 0) {
        // Another tab holds the rest: look again when its claim runs out, in case it died.
        if (batch.blockedUntil !== undefined) schedule(Math.max(0, batch.blockedUntil - now()));
        return;
      }
      const outcome = await deliver(batch, (events, dropped) =>
        options.backend.send(events, dropped),
      );
      if (outcome === 'failed') {
        failures += 1;
        schedule(backoff());
        return;
      }
      if (outcome === 'sent') {
        failures = 0;
        limit = Math.min(batchSize, limit * 2);
      }
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
    const exitClaimTtl = Math.min(claimTtlMs, options.exitClaimTtl ?? 2_000);
    const batch = store.transact(now(), (state) => {
      const taken = takeBatch(state, {
        tab,
        now: now(),
        claimTtlMs: exitClaimTtl,
        maxEvents: batchSize,
        maxBytes: options.maxKeepaliveBytes ?? 60_000,
      });
      // Requests still in flight may never be answered now: let the next page take them soon.
      for (const entry of state.entries) {
        if (entry.claim?.tab === tab) {
          entry.claim.until = Math.min(entry.claim.until, now() + exitClaimTtl);
        }
      }
      return taken;
    });
    if (batch.events.length === 0) return false;
    const { backend } = options;
    const send: OutboxBackend['send'] = (events, dropped) =>
      backend.sendKeepalive
        ? backend.sendKeepalive(events, dropped)
        : backend.send(events, dropped);
    // If the page survives (a hidden tab), the answer settles the batch as usual.
    void deliver(batch, send).then((outcome) => {
      if (outcome !== 'sent') schedule(backoff());
    });
    return true;
  }

  function enqueue(...events: GrapevineEvent[]): void {
    let queued = 0;
    try {
      queued = store.transact(now(), (state) => {
        for (const event of events) {
          if (!state.entries.some((entry) => entry.event.id === event.id)) {
            state.entries.push({ event, queuedAt: now() });
          }
        }
        return state.entries.length;
      });
    } catch (error) {
      report(error);
    }
    if (queued >= batchSize) void flush();
    else schedule(options.batchDelay ?? 1000);
  }

  function attach(target: OutboxWindow, doc?: OutboxDocument): () => void {
    const online = () => {
      failures = 0;
      void flush();
    };
    const exit = () => void flushOnExit();
    const visibility = () => {
      if (doc?.visibilityState === 'hidden') flushOnExit();
    };
    target.addEventListener('online', online);
    target.addEventListener('pagehide', exit);
    doc?.addEventListener('visibilitychange', visibility);
    const detach = () => {
      target.removeEventListener('online', online);
      target.removeEventListener('pagehide', exit);
      doc?.removeEventListener('visibilitychange', visibility);
      detachers.delete(detach);
    };
    detachers.add(detach);
    return detach;
  }

  // Events an earlier page left behind go out without waiting for a new one.
  if (store.transact(now(), (state) => state.entries.length) > 0) {
    schedule(options.batchDelay ?? 1000);
  }

  return {
    enqueue,
    flush,
    flushOnExit,
    attach,
    status: () =>
      store.transact(now(), (state) => ({
        queued: state.entries.length,
        dropped: { ...state.dropped },
      })),
    destroy() {
      destroyed = true;
      clearTimeout(timer);
      for (const detach of [...detachers]) detach();
    },
  };
}
