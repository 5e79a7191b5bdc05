/** How long after mounting a corner card its title goes into the polite live region. */
export const ANNOUNCE_MS = 150;

/** Frames until a new prompt shows: its entrance motion starts transparent, and the page sees it under way from the third frame on (measured in Chromium). */
export const FRAMES_TO_SHOW = 3;

/**
 * Runs `fn` once a prompt mounted now is visibly painted, with work that need not delay
 * it: in a task after the {@link FRAMES_TO_SHOW}th frame's rendering (a task queued from an
 * animation frame callback runs after that frame is rendered). Where no frame comes (a
 * hidden tab), after a second.
 */
export function afterPaint(fn: () => void): void {
  let done = false;
  const once = (): void => {
    if (!done) fn();
    done = true;
  };
  const fallback = setTimeout(once, 1000);
  const frame = (left: number): void => {
    requestAnimationFrame(() => {
      if (left > 1) return frame(left - 1);
      clearTimeout(fallback);
      setTimeout(once, 0);
    });
  };
  if (typeof requestAnimationFrame === 'function') frame(FRAMES_TO_SHOW);
}

/**
 * Moves focus as the prompt renders: into a modal when it opens (the dialog itself, so its
 * label is read), to the new step's `[data-autofocus]` element when the step changes — in
 * a corner card only when focus was already inside it, since a corner card never takes
 * focus. A corner card's title is put in a polite live region instead, a moment after the
 * region exists so screen readers notice the change.
 * @example const focus = createFocusSteps(shadow, modal); focus.rendered(step)
 */
export function createFocusSteps(shadow: ShadowRoot, modal: boolean) {
  let shownStep: string | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    /** Where focus is before a render: inside the prompt or not. */
    hasFocus: () => shadow.activeElement !== null,
    /** Call after every render with the step now shown and where focus was before it. */
    rendered(step: string, hadFocus: boolean) {
      const card = shadow.querySelector<HTMLElement>('.card');
      if (!card || step === shownStep) return;
      const first = shownStep === undefined;
      shownStep = step;
      if (!first) {
        if (modal || hadFocus) card.querySelector<HTMLElement>('[data-autofocus]')?.focus();
      } else if (modal) {
        // At once, not after the first paint: the style and layout this forces are the
        // ones that paint needs anyway (measured: deferring it moved, not saved, the time).
        card.focus();
      } else {
        timer = setTimeout(() => {
          const live = shadow.querySelector('.live');
          if (live) live.textContent = card.querySelector('h2')?.textContent ?? '';
        }, ANNOUNCE_MS);
      }
    },
    dispose() {
      clearTimeout(timer);
    },
  };
}
