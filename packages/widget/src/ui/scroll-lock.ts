/**
 * Stops the page behind a modal prompt from scrolling: `overflow: clip` on the root (which the
 * viewport takes as `hidden`; `hidden` where `clip` is unknown: the root's own box is not
 * clipped, and axe does not then take the top-layer prompt for clipped by it), and
 * `scrollbar-gutter: stable` when the page showed a classic scrollbar, so nothing shifts
 * sideways. An app shell's inner scroller needs nothing: it is not an ancestor of the
 * prompt, so wheel and touch over the prompt never reach it. Returns the undo: the root's
 * inline style as it was, then the scroll position as it was, at once (a page's
 * `scroll-behavior: smooth` must not animate it).
 * @example const unlock = lockScroll(window); … unlock();
 */
export function lockScroll(view: Window): () => void {
  const root = view.document.documentElement;
  const { scrollX, scrollY } = view;
  const saved = root.style.cssText;
  root.style.cssText += `;overflow:hidden!important;overflow:clip!important${view.innerWidth > root.clientWidth ? ';scrollbar-gutter:stable!important' : ''}`;
  return () => {
    root.style.cssText = saved;
    view.scrollTo?.({ left: scrollX, top: scrollY, behavior: 'instant' });
  };
}
