// The handle `createGrapevine` returns at once, before the rules chunk has loaded: calls
// made meanwhile (`on()` included) wait in order and run against the real handle, before its
// first decision, once it exists.
import type { RuntimeHandle } from '../runtime/commands.js';
import { HEADLESS } from '../runtime/headless-methods.js';

/** The runtime handle's methods (a test keeps them in step with the runtime's). */
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
  handle: RuntimeHandle;
  /** Hands over to the real handle: runs the waiting calls (`on()` included) in order. */
  attach(real: RuntimeHandle): void;
}

/**
 * @param call sees every call, before and after the hand-over; before it, return `true` to
 * keep the call for the rules, `false` to drop it (nothing will ever run it).
 */
export function deferredHandle(
  call: (deferred: DeferredCall) => boolean,
  report: (message: string, error: unknown) => void,
): DeferredHandle {
  let real: RuntimeHandle | undefined;
  const waiting: (DeferredCall & { answer?: (value: unknown) => void })[] = [];
  let start = (): void => {};
  const started = new Promise<void>((resolve) => {
    start = resolve;
  });
  const methods = (target: RuntimeHandle): Record<string, (...args: unknown[]) => unknown> =>
    target as unknown as Record<string, (...args: unknown[]) => unknown>;

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
        // Nothing will run the rules (a server, destroyed while asleep): nothing to wait for.
        if (method === 'ready') return keep ? started : Promise.resolve();
        if (keep) {
          // `claim()` resolves with what the rules answer when they run it.
          if (method === 'claim') {
            return new Promise((resolve) => waiting.push({ method, args, answer: resolve }));
          }
          waiting.push({ method, args });
        } else if (method === 'claim') return Promise.resolve(undefined);
        if (method === 'on') return () => handle.off?.(...args);
        // Before the rules run nothing is decided: no campaign can be explained yet.
        if (method === 'explain') return args[0] === undefined ? [] : undefined;
      } catch (error) {
        report(`Grapevine: ${method}() failed`, error);
      }
      return undefined;
    };
  }

  return {
    handle: handle as unknown as RuntimeHandle,
    attach(target) {
      if (real) return;
      real = target;
      for (const { method, args, answer } of waiting.splice(0)) {
        const value = methods(target)[method]?.(...args);
        answer?.(value);
      }
      start();
    },
  };
}
