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
 * The dialog box: a modal (backdrop, focus trap) or a corner card that never traps focus
 * and is announced through a polite live region instead (see focus-steps.ts). Escape and
 * the close button dismiss both; a click on the backdrop dismisses the modal.
 */
export function PromptFrame({ modal, closeLabel, onDismiss, children }: PromptFrameProps) {
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onDismiss();
    } else if (event.key === 'Tab' && modal) {
      trapTab(event, event.currentTarget as HTMLElement);
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
      {!modal && <div class="sr live" role="status" />}
    </div>
  );
}
