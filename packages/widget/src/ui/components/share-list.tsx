import type { ShareChannel } from '@grapevine/core';
import type { Translator } from '../../i18n/translate.js';
import { opensWebPage, type ShareMessage, shareHref } from '../share/share-links.js';

export interface ShareListProps {
  channels: ShareChannel[];
  message: ShareMessage;
  i18n: Translator;
  onShare(channel: ShareChannel): void;
  /** The native share sheet (`navigator.share`). */
  nativeShare(data: ShareData): Promise<void>;
}

/** One-tap share channels: links that open in a new tab, app links, and the native sheet. */
export function ShareList({ channels, message, i18n, onShare, nativeShare }: ShareListProps) {
  if (channels.length === 0) return null;
  return (
    <>
      <p class="sub" id="gv-share">
        {i18n.t('shareVia')}
      </p>
      <ul class="chips" aria-labelledby="gv-share">
        {channels.map((channel) => {
          const href = shareHref(channel, message);
          const web = opensWebPage(channel);
          return (
            <li key={channel}>
              {href ? (
                <a
                  class="chip"
                  part="channel"
                  data-channel={channel}
                  href={href}
                  target={web ? '_blank' : undefined}
                  rel={web ? 'noopener noreferrer' : undefined}
                  onClick={() => onShare(channel)}
                >
                  {i18n.t(channel)}
                </a>
              ) : (
                <button
                  type="button"
                  class="chip"
                  part="channel"
                  data-channel={channel}
                  onClick={() =>
                    nativeShare({
                      title: message.subject,
                      text: message.text.replace(message.url, '').trim(),
                      url: message.url,
                    }).then(
                      () => onShare(channel),
                      () => undefined,
                    )
                  }
                >
                  {i18n.t(channel)}
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}
