// The handle `createGrapevine` returns at once, before the rules chunk has loaded: calls
// made meanwhile (`on()` included) wait in order and run against the real handle, before its
// first decision, once it exists.
import type { GrapevineHandle } from '../runtime/handle.js';
import { HEADLESS } from '../runtime/headless-methods.js';
import type { GrapevineSnapshot } from '../runtime/observable-state.js';

/** The handle's methods (a test keeps them in step with the runtime's handle). */
export const HANDLE_METHODS = [
  'identify',
  'track',
  'show',
  'explain',
  'on',
  'off',
  'setConsent',
  'claim',
  'close',
  'ready',
  'getSnapshot',
  'subscribe',
  'destroy',
  ...HEADLESS,
] as const;

export type HandleMethod = (typeof HANDLE_METHODS)[number];

/** One call made before the rules ran. */
export interface DeferredCall {
  method: HandleMethod;
  args: unknown[];
}

export interface DeferredHandle {
  handle: GrapevineHandle;
  /**
   * Hands over to the real handle: runs the waiting calls (`on()` included) in order and
   * moves the `subscribe()` listeners over (told once if the real snapshot differs).
   */
  attach(real: GrapevineHandle): void;
}

/**
 * @param call sees every call, before and after the hand-over; before it, return `true` to
 * keep the call for the rules, `false` to drop it (nothing will ever run it).
 * @param initial the snapshot until the rules run (no prompt can be open before).
 */
export function deferredHandle(
  call: (deferred: DeferredCall) => boolean,
  initial: GrapevineSnapshot,
  report: (message: string, error: unknown) => void,
): DeferredHandle {
  let real: GrapevineHandle | undefined;
  const waiting: (DeferredCall & { answer?: (value: unknown) => void })[] = [];
  const listeners = new Map<() => void, () => void>();
  let start = (): void => {};
  const started = new Promise<void>((resolve) => {
    start = resolve;
  });
  const methods = (target: GrapevineHandle): Record<string, (...args: unknown[]) => unknown> =>
    target as unknown as Record<string, (...args: unknown[]) => unknown>;

  /** What a method answers before the rules run. */
  const early: Partial<Record<HandleMethod, (args: unknown[], keep: boolean) => unknown>> = {
    // Nothing will run the rules (a server, destroyed while asleep): nothing to wait for.
    ready: (_args, keep) => (keep ? started : Promise.resolve()),
    getSnapshot: () => initial,
    subscribe([listener]) {
      if (typeof listener !== 'function') {
        report('Grapevine: subscribe() needs a function.', undefined);
        return () => {};
      }
      const stop = (): void => {
        const moved = listeners.get(listener as () => void);
        listeners.delete(listener as () => void);
        moved?.();
      };
      listeners.set(listener as () => void, () => {});
      return stop;
    },
    // Before the rules run nothing is decided: no campaign can be explained yet.
    explain: ([id]) => (id === undefined ? [] : undefined),
  };

  const handle: Record<string, (...args: unknown[]) => unknown> = {};
  for (const method of HANDLE_METHODS) {
    handle[method] = (...args: unknown[]): unknown => {
      try {
        const keep = call({ method, args });
        if (real) {
          const answer = methods(real)[method]?.(...args);
          // `on()` answers its unsubscribe, whoever runs it (an `off` waits in line too).
          return method === 'on' ? () => handle.off?.(...args) : answer;
        }
        const answer = early[method];
        if (answer) return answer(args, keep);
        if (method === 'on') {
          if (keep) waiting.push({ method, args });
          return () => handle.off?.(...args);
        }
        if (!keep) return method === 'claim' ? Promise.resolve(undefined) : undefined;
        // `claim()` resolves with what the rules answer when they run it.
        if (method === 'claim') {
          return new Promise((resolve) => waiting.push({ method, args, answer: resolve }));
        }
        waiting.push({ method, args });
      } catch (error) {
        report(`Grapevine: ${method}() failed`, error);
      }
      return undefined;
    };
  }

  return {
    handle: handle as unknown as GrapevineHandle,
    attach(target) {
      if (real) return;
      real = target;
      for (const { method, args, answer } of waiting.splice(0)) {
        const value = methods(target)[method]?.(...args);
        answer?.(value);
      }
      // Listeners hear the hand-over only when it changed what they saw.
      const now = target.getSnapshot();
      const changed =
        now.prompt !== initial.prompt ||
        now.step !== initial.step ||
        now.consent !== initial.consent ||
        // The referral changes only with its code (as the runtime reports it).
        now.referral?.code !== initial.referral?.code;
      for (const listener of listeners.keys()) {
        listeners.set(listener, target.subscribe(listener));
        try {
          if (changed) listener();
        } catch (error) {
          report('Grapevine: a subscribe() listener threw', error);
        }
      }
      start();
    },
  };
}
