/** How long after mounting a corner card its title goes into the polite live region. */
export const ANNOUNCE_MS = 150;

/**
 * Runs `fn` once the prompt in `root` is visibly painted, with work that need not delay
 * it: its entrance motion starts transparent, so after the motion has started (its
 * `ready`) and one more frame, in a task of its own (one queued from an animation frame
 * callback runs after that frame is rendered). Without motion (reduced motion), after the
 * first frame. Where no frame comes (a hidden tab), after a second.
 */
export function afterShown(root: Element, fn: () => void): void {
  let done = false;
  const once = (): void => {
    if (!done) fn();
    done = true;
  };
  const fallback = setTimeout(once, 1000);
  if (typeof requestAnimationFrame !== 'function') return;
  const motion = root.getAnimations?.({ subtree: true }) ?? [];
  void Promise.all(motion.map((animation) => animation.ready))
    .catch(() => {}) // cancelled: the prompt is closing
    .then(() =>
      requestAnimationFrame(() => {
        clearTimeout(fallback);
        setTimeout(once, 0);
      }),
    );
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
