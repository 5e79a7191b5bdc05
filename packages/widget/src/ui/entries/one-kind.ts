// The script tag's UI bundles: one self-contained file per prompt kind (and one for the
// panel), so a prompt downloads only the UI it shows. Measured: splitting the kinds into
// shared chunks instead cost more than it saved (each extra file loses the compression of
// the code it shares), and added a request; Preact and the frame are inlined into each.
// Each also carries the runtime's side of what it shows: the presenter (each prompt kind)
// or the panels (the panel), so a prompt is one file, not three (measured on the NPS page:
// -0.2 kB brotli, and one request fewer before the prompt paints).
import { guardCallbacks } from '../guard-callbacks.js';
import type { CreateView } from '../prompt-view.js';
import { showPrompt } from '../show-prompt.js';
import type { MountedPrompt, PromptCallbacks, PromptKind, PromptRequest } from '../types.js';

/**
 * A `mountPrompt` that shows prompts of `kind` only. The runtime loads each kind's bundle
 * for that kind, so another kind here is a wiring fault: reported, and closed at once.
 * @example export const mountPrompt = oneKind('nps', createView);
 */
export function oneKind(
  kind: PromptKind,
  createView: CreateView,
): (request: PromptRequest, callbacks: PromptCallbacks) => MountedPrompt {
  return (request, callbacks) => {
    const calls = guardCallbacks(callbacks);
    if (request.kind === kind)
      return showPrompt(request, calls, createView, document.activeElement);
    console.error(
      `[grapevine] the ${kind} UI cannot show a prompt of kind "${String(request.kind)}"`,
    );
    queueMicrotask(calls.onClosed);
    return { destroy: () => undefined };
  };
}
