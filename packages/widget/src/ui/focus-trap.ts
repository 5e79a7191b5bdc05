const FOCUSABLE = 'button,a[href],input,textarea,select,[tabindex]';

/** Keeps Tab and Shift+Tab inside `box` (a modal card); call it from a keydown handler. */
export function trapTab(event: KeyboardEvent, box: HTMLElement): void {
  const items = [...box.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (item) => item.tabIndex >= 0 && !item.hasAttribute('disabled'),
  );
  const first = items[0];
  const last = items[items.length - 1];
  if (!first || !last) return;
  const active = (box.getRootNode() as ShadowRoot).activeElement;
  if (event.shiftKey && (active === first || active === box)) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && active === last) {
    event.preventDefault();
    first.focus();
  }
}
