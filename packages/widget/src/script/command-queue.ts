// `grapevine('command', ...args)`: the script tag's calling convention, before and after the
// script has loaded. Commands map one to one onto the handle's methods.
import type { RuntimeHandle } from '../runtime/commands.js';

/**
 * One queued call: the `arguments` the stub captured. `done` receives its answer when the
 * loader handed out a promise for it (`explain`).
 */
export type QueuedCall = ArrayLike<unknown> & { done?: (answer: unknown) => void };

/** The global function, with the queue the stub started. */
export interface GrapevineGlobal {
  (command: string, ...args: unknown[]): unknown;
  /** Calls waiting for the runtime. After load, `push` runs the call at once. */
  q?: { push(call: QueuedCall): unknown } | QueuedCall[];
  /** Set by the loaded script, so loading it twice is harmless. */
  loaded?: true;
}

/**
 * `explain([campaignId], [callback])`: a promise of the explanation (every campaign's without
 * an id), also handed to the callback. What the callback throws is reported, not thrown.
 */
// Async: its promise is the engine's own, whatever a host did to the global `Promise`.
async function explainCommand(
  handle: RuntimeHandle,
  args: unknown[],
  fail: (message: string) => void,
): Promise<unknown> {
  const callback = args.find((arg) => typeof arg === 'function') as
    | ((answer: unknown) => void)
    | undefined;
  // `explain(undefined)` is `explain()`: every campaign.
  const answer = handle.explain((args[0] === callback ? undefined : args[0]) as string);
  try {
    callback?.(answer);
  } catch (error) {
    fail(`Grapevine: the explain() callback failed: ${String(error)}`);
  }
  return answer;
}

/**
 * Runs one command against the handle and hands its answer to the call's `done`.
 * `purchase` is short for `track('purchase', …)`, `consent` for `setConsent(…)`, and
 * `explain` answers with a promise. `init` is read before start and ignored here.
 */
export function runCommand(
  handle: RuntimeHandle,
  call: QueuedCall,
  fail: (message: string) => void,
): unknown {
  const answer = run(handle, call, fail);
  call.done?.(answer);
  return answer;
}

function run(handle: RuntimeHandle, call: QueuedCall, fail: (message: string) => void): unknown {
  const [command, ...args] = Array.from(call);
  if (command === 'init') return undefined;
  if (command === 'explain') return explainCommand(handle, args, fail);
  if (command === 'purchase') return handle.track('purchase', args[0] as never);
  if (command === 'consent') return handle.setConsent(args[0] as never);
  // Every other command is a handle method by name (the handle has nothing but methods).
  const methods = handle as unknown as Record<string, (...values: unknown[]) => unknown>;
  if (typeof command === 'string' && Object.hasOwn(methods, command)) {
    return methods[command]?.(...args);
  }
  const known = ['purchase', 'consent', ...Object.keys(methods)].join(', ');
  fail(`Grapevine: unknown command "${String(command)}". Known: ${known}.`);
  return undefined;
}

/** The option objects of every queued `grapevine('init', {...})`, in order. */
export function initOptions(queue: readonly QueuedCall[]): Record<string, unknown> {
  const merged: Record<string, unknown> = {};
  for (const call of queue) {
    const [command, options] = Array.from(call);
    if (command === 'init' && typeof options === 'object' && options !== null) {
      Object.assign(merged, options);
    }
  }
  return merged;
}
