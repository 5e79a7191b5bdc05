import type { ShareChannel } from '@grapevine/core';

/** What a share carries: the link, the prepared message (which contains the link), a subject. */
export interface ShareMessage {
  url: string;
  text: string;
  subject: string;
}

const enc = encodeURIComponent;

/**
 * The link that opens `channel` with the prepared message, or `undefined` for the native
 * share sheet (a button, not a link). Every value is URL-encoded; `message.url` must
 * already be a checked http(s) URL.
 * @example shareHref('whatsapp', message) // "https://wa.me/?text=…"
 */
export function shareHref(channel: ShareChannel, message: ShareMessage): string | undefined {
  const { url, text, subject } = message;
  switch (channel) {
    case 'email':
      return `mailto:?subject=${enc(subject)}&body=${enc(text)}`;
    case 'sms':
      // `?&body=` is understood by both iOS and Android messaging apps.
      return `sms:?&body=${enc(text)}`;
    case 'whatsapp':
      return `https://wa.me/?text=${enc(text)}`;
    case 'x':
      return `https://x.com/intent/post?text=${enc(text)}`;
    case 'facebook':
      return `https://www.facebook.com/sharer/sharer.php?u=${enc(url)}`;
    case 'linkedin':
      return `https://www.linkedin.com/sharing/share-offsite/?url=${enc(url)}`;
    case 'messenger':
      return `fb-messenger://share/?link=${enc(url)}`;
    case 'line':
      return `https://line.me/R/share?text=${enc(text)}`;
    case 'telegram':
      return `https://t.me/share/url?url=${enc(url)}&text=${enc(text.replace(url, '').trim())}`;
    default:
      return undefined;
  }
}

/** Whether a channel's link opens a web page (new tab) rather than an app on the device. */
export function opensWebPage(channel: ShareChannel): boolean {
  return !['email', 'sms', 'messenger', 'native'].includes(channel);
}
