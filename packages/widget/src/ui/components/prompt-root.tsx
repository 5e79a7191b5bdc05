import type { ComponentChildren } from 'preact';
import type { Translator } from '../../i18n/translate.js';
import { isModal } from '../placement.js';
import type { Placement, PromptRequest } from '../types.js';
import { PromptFrame } from './prompt-frame.js';

export interface PromptRootProps {
  request: PromptRequest;
  placement: Placement;
  scheme: 'light' | 'dark';
  i18n: Translator;
  /** The exit motion is running. */
  closing: boolean;
  /** Close button, Escape, backdrop. */
  onDismiss(): void;
  children: ComponentChildren;
}

/** The themed root of a prompt: placement, scheme, direction, language, and the frame. */
export function PromptRoot({
  request,
  placement,
  scheme,
  i18n,
  closing,
  onDismiss,
  children,
}: PromptRootProps) {
  return (
    <div
      class={closing ? 'root closing' : 'root'}
      part="root"
      data-placement={placement}
      data-scheme={scheme}
      dir={request.dir === 'rtl' ? 'rtl' : 'ltr'}
      lang={i18n.locale}
    >
      <PromptFrame modal={isModal(placement)} closeLabel={i18n.t('close')} onDismiss={onDismiss}>
        {children}
      </PromptFrame>
    </div>
  );
}
