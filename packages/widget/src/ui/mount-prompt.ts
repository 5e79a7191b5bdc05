import { guardCallbacks } from './guard-callbacks.js';
import type { CreateView } from './prompt-view.js';
import { showPrompt } from './show-prompt.js';
import type { MountedPrompt, PromptCallbacks, PromptKind, PromptRequest } from './types.js';
import { createView as createFriendView } from './views/friend-view.js';
import { createView as createNpsView } from './views/nps-view.js';
import { createView as createReferralView } from './views/referral-view.js';

// One chunk for every kind, shown synchronously. Measured with the real (Vite/rolldown)
// build: lazily loaded chunks per kind, or for the friend offer alone, made the advocate's
// download larger (a shared chunk for Preact and the frame, per-file brotli overhead) and
// added a request before the prompt could show.
const VIEWS: Record<PromptKind, CreateView> = {
  nps: createNpsView,
  referral: createReferralView,
  'friend-offer': createFriendView,
};

/**
 * Shows a prompt in its own shadow root at the end of `document.body` and reports what the
 * shopper does through `callbacks`; the runtime decides and records, this only shows. A
 * kind that cannot be shown is reported on the console and ends with `onClosed`.
 * @example const prompt = mountPrompt(request, callbacks); … prompt.destroy();
 */
export function mountPrompt(request: PromptRequest, callbacks: PromptCallbacks): MountedPrompt {
  const calls = guardCallbacks(callbacks);
  const createView = Object.hasOwn(VIEWS, request.kind) ? VIEWS[request.kind] : undefined;
  if (createView) return showPrompt(request, calls, createView, document.activeElement);
  console.error(
    `[grapevine] the prompt could not be shown: unknown kind "${String(request.kind)}"`,
  );
  queueMicrotask(calls.onClosed);
  return { destroy: () => undefined };
}
