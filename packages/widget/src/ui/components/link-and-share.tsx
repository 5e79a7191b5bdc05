import type { ShareChannel } from '@grapevine/core';
import type { Translator } from '../../i18n/translate.js';
import type { CopyModel } from '../models/copy-model.js';
import { LinkCopy } from './link-copy.js';
import { ShareList } from './share-list.js';

export interface LinkAndShareProps {
  /** The advocate's checked http(s) link. */
  url: string;
  /** The shop's name, and the friend's reward in words ('' when unknown). */
  brand: string;
  friend: string;
  copy: CopyModel;
  i18n: Translator;
  channels: ShareChannel[];
  onShare(channel: ShareChannel): void;
  nativeShare(data: ShareData): Promise<void>;
}

/** The personal link with Copy, and the share channels with the prepared message. */
export function LinkAndShare({ url, brand, friend, copy, i18n, ...share }: LinkAndShareProps) {
  const { t } = i18n;
  const values = { brand, friend, url };
  return (
    <>
      <LinkCopy
        url={url}
        copy={copy}
        i18n={i18n}
        label={t('linkLabel')}
        copiedStatus={t('copiedStatus')}
      />
      <ShareList
        channels={share.channels}
        message={{
          url,
          text: t(!friend ? 'shareTextNoOffer' : brand ? 'shareText' : 'shareTextNoBrand', values),
          subject: t(friend ? 'shareSubject' : 'shareSubjectNoOffer', values),
        }}
        i18n={i18n}
        onShare={share.onShare}
        nativeShare={share.nativeShare}
      />
    </>
  );
}
