// The handle `createGrapevine` returns at once, before the rules chunk has loaded: calls
// made meanwhile (`on()` included) wait in order and run against the real handle, before its
// first decision, once it exists.
import type { GrapevineHandle } from '../runtime/handle.js';
import { HEADLESS } from '../runtime/headless-methods.js';

/** The handle's methods (a test keeps them in step with the runtime's handle). */
export const HANDLE_METHODS = [
  'identify',
  'track',
  'show',
  'explain',
  'on',
  'off',
  'setConsent',
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
  handle: GrapevineHandle;
  /** Hands over to the real handle: runs the waiting calls (`on()` included) in order. */
  attach(real: GrapevineHandle): void;
}

/**
 * @param call sees every call, before and after the hand-over; before it, return `true` to
 * keep the call for the rules, `false` to drop it (nothing will ever run it).
 */
export function deferredHandle(
  call: (deferred: DeferredCall) => boolean,
  report: (message: string, error: unknown) => void,
): DeferredHandle {
  let real: GrapevineHandle | undefined;
  const waiting: DeferredCall[] = [];
  let start = (): void => {};
  const started = new Promise<void>((resolve) => {
    start = resolve;
  });
  const methods = (target: GrapevineHandle): Record<string, (...args: unknown[]) => unknown> =>
    target as unknown as Record<string, (...args: unknown[]) => unknown>;

  const handle: Record<string, (...args: unknown[]) => unknown> = {};
  for (const method of HANDLE_METHODS) {
    handle[method] = (...args: unknown[]): unknown => {
      try {
        const keep = call({ method, args });
        let answer: unknown;
        if (real) answer = methods(real)[method]?.(...args);
        // Nothing will run the rules (a server, destroyed while asleep): nothing to wait for.
        else if (method === 'ready') return keep ? started : Promise.resolve();
        else if (keep) waiting.push({ method, args });
        // `on()` answers its unsubscribe, whoever runs it (an `off` waits in line too).
        if (method === 'on') return () => handle.off?.(...args);
        // Before the rules run nothing is decided: no campaign can be explained yet.
        if (method === 'explain' && !real) return args[0] === undefined ? [] : undefined;
        return answer;
      } catch (error) {
        report(`Grapevine: ${method}() failed`, error);
        return undefined;
      }
    };
  }

  return {
    handle: handle as unknown as GrapevineHandle,
    attach(target) {
      if (real) return;
      real = target;
      for (const { method, args } of waiting.splice(0)) methods(target)[method]?.(...args);
      start();
    },
  };
}
