import { fitViewport } from './fit-viewport.js';
import { lockScroll } from './scroll-lock.js';

/**
 * Puts the rendered frame above everything on the page, on the browser's top layer: a modal
 * `<dialog>` with `showModal()` (the page behind is inert and stops scrolling), a corner
 * card with `showPopover()`. No z-index, transform, filter, containment or host `<dialog>`
 * can then cover, clip or collapse it. Engines without them (or if the call throws) keep
 * the fixed frame inside the host, which carries the request's z-index, with the modal's
 * dim on the frame itself (`data-flat`). Returns the undo; removing the frame takes it off the top layer.
 * @example const unstage = stageFrame(frame, true, window); … unstage();
 */
export function stageFrame(frame: HTMLElement, modal: boolean, view: Window): () => void {
  // Over the visible part of the page first: opening a modal focuses it, and a frame still
  // below the visual viewport (a phone's wider layout viewport) would be scrolled to.
  const unfit = fitViewport(frame, view, modal);
  const raise = modal ? (frame as HTMLDialogElement).showModal : frame.showPopover;
  try {
    raise.call(frame);
  } catch {
    frame.toggleAttribute('data-flat');
  }
  const unlock = modal ? lockScroll(view) : undefined;
  return () => {
    unfit();
    unlock?.();
  };
}
