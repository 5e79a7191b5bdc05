const FOCUSABLE = 'button,a[href],input,textarea,select,[tabindex]';

/**
 * Keeps Tab and Shift+Tab inside `box` (the modal's frame); call it from a keydown handler
 * for Tab. The native modal dialog already makes the page behind inert; this only wraps
 * from the last control to the first and back, instead of leaving for the browser's own UI.
 */
export function trapTab(event: KeyboardEvent, box: HTMLElement): void {
  const items = [...box.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (item) => item.tabIndex >= 0 && !item.hasAttribute('disabled'),
  );
  const first = items[0];
  const last = items[items.length - 1];
  if (!first || !last) return;
  const active = (box.getRootNode() as ShadowRoot).activeElement;
  const to = event.shiftKey
    ? (active === first || active === box) && last
    : active === last && first;
  if (to) {
    event.preventDefault();
    to.focus({ preventScroll: true });
  }
}
