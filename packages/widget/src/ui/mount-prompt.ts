import { guardCallbacks } from './guard-callbacks.js';
import type { CreateView } from './prompt-view.js';
import { showPrompt } from './show-prompt.js';
import type { MountedPrompt, PromptCallbacks, PromptKind, PromptRequest } from './types.js';
import { createView as createNpsView } from './views/nps-view.js';
import { createView as createReferralView } from './views/referral-view.js';

// One chunk for every kind: measured, splitting the kinds into lazily loaded chunks made the
// download for one prompt larger (per-file brotli overhead, less shared context) and added
// a request before the prompt can show.
const VIEWS: Partial<Record<PromptKind, CreateView>> = {
  nps: createNpsView,
  referral: createReferralView,
};

/**
 * Shows a prompt in its own shadow root at the end of `document.body` and reports what the
 * shopper does through `callbacks`; the runtime decides and records, this only shows. A
 * kind that cannot be shown is reported on the console and ends with `onClosed`.
 * @example const prompt = mountPrompt(request, callbacks); … prompt.destroy();
 */
export function mountPrompt(request: PromptRequest, callbacks: PromptCallbacks): MountedPrompt {
  const calls = guardCallbacks(callbacks);
  const createView = VIEWS[request.kind];
  if (createView) return showPrompt(request, calls, createView, document.activeElement);
  console.error(
    `[grapevine] the prompt could not be shown: unknown kind "${String(request.kind)}"`,
  );
  queueMicrotask(calls.onClosed);
  return { destroy: () => undefined };
}
