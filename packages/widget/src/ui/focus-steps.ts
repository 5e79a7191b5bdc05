/** How long after mounting a corner card its title goes into the polite live region. */
export const ANNOUNCE_MS = 150;

/** Focus moves without scrolling anything: the page behind the prompt stays where it was. */
export const NO_SCROLL: FocusOptions = { preventScroll: true };

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
        if (modal || hadFocus)
          card.querySelector<HTMLElement>('[data-autofocus]')?.focus(NO_SCROLL);
      } else if (modal) {
        card.parentElement?.focus(NO_SCROLL);
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
