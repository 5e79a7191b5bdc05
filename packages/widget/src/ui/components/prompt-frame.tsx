import type { ComponentChildren } from 'preact';
import { trapTab } from '../focus-trap.js';
import { CloseIcon } from './icons.js';

export interface PromptFrameProps {
  modal: boolean;
  closeLabel: string;
  onDismiss(): void;
  children: ComponentChildren;
}

/**
 * The dialog: a `<dialog>` for a modal (shown with `showModal()`: backdrop, the page behind
 * inert, focus kept inside) or a `popover` for a corner card, which never traps focus and is
 * announced through a polite live region instead (see focus-steps.ts). The frame covers the
 * visible viewport and centres or docks the card. Escape (also where engines report its
 * `key` as "Unidentified"), the dialog's `cancel` (Android's back gesture) and the close
 * button dismiss both; a click on the backdrop dismisses the modal.
 */
export function PromptFrame({ modal, closeLabel, onDismiss, children }: PromptFrameProps) {
  const Frame = (modal ? 'dialog' : 'div') as 'div';
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' || event.keyCode === 27) {
      // Handled here, so the dialog's own Escape handling (cancel, close) never runs too.
      event.preventDefault();
      event.stopPropagation();
      onDismiss();
    } else if (modal && (event.key === 'Tab' || event.keyCode === 9)) {
      trapTab(event, event.currentTarget as HTMLElement);
    }
  };

  return (
    // A click on the frame around the card (the backdrop) is a pointer shortcut; Escape and
    // the close button are the keyboard ways out.
    <Frame
      class="frame"
      data-modal={modal ? '' : undefined}
      popover={modal ? undefined : 'manual'}
      // Implicit on <dialog>; explicit for the corner card, and for `[role=dialog]` selectors.
      role="dialog"
      aria-labelledby="gv-title"
      tabIndex={-1}
      // `showModal()` focuses the dialog itself, not its first control (see focus-steps.ts).
      autofocus={modal}
      onKeyDown={onKeyDown}
      onCancel={(event) => {
        event.preventDefault();
        onDismiss();
      }}
      onClick={(event) => modal && event.target === event.currentTarget && onDismiss()}
    >
      <div class="card" part="card">
        {children}
        <button type="button" class="x" part="close" aria-label={closeLabel} onClick={onDismiss}>
          <CloseIcon />
        </button>
      </div>
      {!modal && <div class="sr live" role="status" />}
    </Frame>
  );
}
