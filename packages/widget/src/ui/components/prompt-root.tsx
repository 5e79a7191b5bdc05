import type { ShareChannel } from '@grapevine/core';
import type { Signal } from '@preact/signals-core';
import type { Translator } from '../../i18n/translate.js';
import type { CopyModel } from '../models/copy-model.js';
import type { NpsModel } from '../models/nps-model.js';
import type { ReferralModel } from '../models/referral-model.js';
import { isModal } from '../placement.js';
import type { Placement, PromptRequest } from '../types.js';
import { NpsPrompt } from './nps-prompt.js';
import { PromptFrame } from './prompt-frame.js';
import { ReferralContent } from './referral-content.js';

export interface PromptRootProps {
  request: PromptRequest;
  placement: Placement;
  scheme: 'light' | 'dark';
  i18n: Translator;
  brand: string;
  closing: Signal<boolean>;
  /** Present for the NPS prompt. */
  nps: NpsModel | null;
  referral: ReferralModel;
  copy: CopyModel;
  channels: ShareChannel[];
  nativeShare(data: ShareData): Promise<void>;
  onShare(channel: ShareChannel): void;
  /** Close button, Escape, backdrop. */
  onDismiss(): void;
  onDone(): void;
  onSnooze(): void;
  onOptOut(): void;
}

/** The themed root of a prompt: placement, scheme, direction, language, and the content. */
export function PromptRoot(props: PromptRootProps) {
  const { request, i18n, nps } = props;
  const { placement } = props;
  const referral = (title?: string) => (
    <ReferralContent
      i18n={i18n}
      brand={props.brand}
      model={props.referral}
      copy={props.copy}
      offer={request.offer}
      channels={props.channels}
      reviewUrl={nps ? request.reviewUrl : undefined}
      onShare={props.onShare}
      nativeShare={props.nativeShare}
      onSnooze={props.onSnooze}
      onOptOut={props.onOptOut}
      {...(title ? { title } : {})}
    />
  );
  return (
    <div
      class={props.closing.value ? 'root closing' : 'root'}
      part="root"
      data-placement={placement}
      data-scheme={props.scheme}
      dir={request.dir === 'rtl' ? 'rtl' : 'ltr'}
      lang={i18n.locale}
    >
      <PromptFrame
        modal={isModal(placement)}
        closeLabel={i18n.t('close')}
        onDismiss={props.onDismiss}
      >
        {nps ? (
          <NpsPrompt
            model={nps}
            i18n={i18n}
            brand={props.brand}
            dir={request.dir}
            reviewUrl={request.reviewUrl}
            onDone={props.onDone}
            referral={() =>
              referral(
                props.brand
                  ? i18n.t('promoterTitle', { brand: props.brand })
                  : i18n.t('promoterTitleNoBrand'),
              )
            }
          />
        ) : (
          referral()
        )}
      </PromptFrame>
    </div>
  );
}
