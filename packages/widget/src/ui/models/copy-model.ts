import { signal } from '@preact/signals-core';

/** `copied`: on the clipboard; `manual`: selected for the shopper to copy themselves. */
export type CopyState = 'idle' | 'copied' | 'manual';

/** How long "Copied" stays on the button. */
export const COPIED_MS = 2500;

/**
 * Copies a link: the Clipboard API first, then selecting the field's text (and the legacy
 * copy command) where the API is missing or refused.
 * @example const copy = createCopyModel(onCopy); await copy.copy(text, input)
 */
export function createCopyModel(onCopied: () => void) {
  const state = signal<CopyState>('idle');
  let timer: ReturnType<typeof setTimeout> | undefined;
  const show = (next: CopyState) => {
    state.value = next;
    clearTimeout(timer);
    if (next === 'copied') timer = setTimeout(() => (state.value = 'idle'), COPIED_MS);
  };
  return {
    state,
    async copy(text: string, field: HTMLInputElement | null) {
      const clipboard = field?.ownerDocument.defaultView?.navigator.clipboard;
      try {
        if (!clipboard?.writeText) throw new Error('no clipboard');
        await clipboard.writeText(text);
        show('copied');
        onCopied();
        return;
      } catch {
        // Refused (permissions, insecure context) or missing: select the text instead.
      }
      field?.focus();
      field?.select();
      let copied = false;
      try {
        copied = field?.ownerDocument.execCommand('copy') === true;
      } catch {
        copied = false;
      }
      show(copied ? 'copied' : 'manual');
      if (copied) onCopied();
    },
    dispose() {
      clearTimeout(timer);
    },
  };
}

export type CopyModel = ReturnType<typeof createCopyModel>;
