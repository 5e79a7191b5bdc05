/** How long after mounting a corner card its title goes into the polite live region. */
export const ANNOUNCE_MS = 150;

/**
 * Moves focus as the prompt renders: into a modal when it opens (the dialog itself, so its
 * label is read), to the new step's `[data-autofocus]` element when the step changes. A
 * corner card never takes focus; its title is put in a polite live region instead, a
 * moment after the region exists so screen readers notice the change.
 * @example const focus = createFocusSteps(shadow, modal); focus.rendered(step)
 */
export function createFocusSteps(shadow: ShadowRoot, modal: boolean) {
  let shownStep: string | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    /** Call after every render with the step now shown. */
    rendered(step: string) {
      const card = shadow.querySelector<HTMLElement>('.card');
      if (!card || step === shownStep) return;
      const first = shownStep === undefined;
      shownStep = step;
      if (!first) {
        card.querySelector<HTMLElement>('[data-autofocus]')?.focus();
      } else if (modal) {
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
