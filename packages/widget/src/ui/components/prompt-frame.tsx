import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { CloseIcon } from './icons.js';

export interface PromptFrameProps {
  modal: boolean;
  /** Changes when the step changes: focus moves to the step's `[data-autofocus]` element. */
  step: string;
  closeLabel: string;
  onDismiss(): void;
  children: ComponentChildren;
}

const FOCUSABLE = 'button,a[href],input,textarea,select,[tabindex]';

/**
 * The dialog box: a modal (backdrop, focus trap, focus moved in) or a corner card that
 * never traps focus and is announced through a polite live region instead. Escape and
 * the close button dismiss both; a click on the backdrop dismisses the modal.
 */
export function PromptFrame({ modal, step, closeLabel, onDismiss, children }: PromptFrameProps) {
  const card = useRef<HTMLDivElement>(null);
  const live = useRef<HTMLDivElement>(null);
  const firstStep = useRef(step);

  useLayoutEffect(() => {
    const box = card.current;
    if (!box) return;
    if (step !== firstStep.current) {
      box.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    } else if (modal) {
      box.focus();
    } else {
      // Fill the live region after it exists, so screen readers notice the change.
      const timer = setTimeout(() => {
        if (live.current) live.current.textContent = box.querySelector('h2')?.textContent ?? '';
      }, 150);
      return () => clearTimeout(timer);
    }
    return undefined;
  }, [step, modal]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onDismiss();
    } else if (event.key === 'Tab' && modal && card.current) {
      trapTab(event, card.current);
    }
  };

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: a backdrop click is a pointer shortcut; Escape and the close button are the keyboard ways out
    // biome-ignore lint/a11y/useKeyWithClickEvents: as above
    <div
      class="frame"
      data-modal={modal ? '' : undefined}
      onClick={(event) => modal && event.target === event.currentTarget && onDismiss()}
    >
      <div
        ref={card}
        class="card"
        part="card"
        role="dialog"
        aria-modal={modal ? 'true' : undefined}
        aria-labelledby="gv-title"
        tabIndex={-1}
        onKeyDown={onKeyDown}
      >
        {children}
        <button type="button" class="x" part="close" aria-label={closeLabel} onClick={onDismiss}>
          <CloseIcon />
        </button>
      </div>
      {!modal && <div ref={live} class="sr" role="status" />}
    </div>
  );
}

/** Keeps Tab and Shift+Tab inside the card. */
function trapTab(event: KeyboardEvent, card: HTMLElement): void {
  const items = [...card.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (item) => item.tabIndex >= 0 && !item.hasAttribute('disabled') && item !== card,
  );
  const first = items[0];
  const last = items[items.length - 1];
  if (!first || !last) return;
  const active = (card.getRootNode() as ShadowRoot).activeElement;
  if (event.shiftKey && (active === first || active === card)) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && active === last) {
    event.preventDefault();
    first.focus();
  }
}
