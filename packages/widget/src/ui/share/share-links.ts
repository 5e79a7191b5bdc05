import type { ShareChannel } from '@grapevine/core';

/** What a share carries: the link, the prepared message (which contains the link), a subject. */
export interface ShareMessage {
  url: string;
  text: string;
  subject: string;
}

// `{u}` is the link, `{t}` the message (which contains the link), `{s}` the subject; each is
// URL-encoded when filled in. SMS uses `?&body=`, understood by iOS and Android alike.
const TEMPLATES: Partial<Record<ShareChannel, string>> = {
  email: 'mailto:?subject={s}&body={t}',
  sms: 'sms:?&body={t}',
  whatsapp: 'https://wa.me/?text={t}',
  x: 'https://x.com/intent/post?text={t}',
  facebook: 'https://www.facebook.com/sharer/sharer.php?u={u}',
  linkedin: 'https://www.linkedin.com/sharing/share-offsite/?url={u}',
  messenger: 'fb-messenger://share/?link={u}',
  line: 'https://line.me/R/share?text={t}',
  telegram: 'https://t.me/share/url?url={u}&text={t}',
};

/**
 * The link that opens `channel` with the prepared message, or `undefined` for the native
 * share sheet (a button, not a link). Every value is URL-encoded; `message.url` must
 * already be a checked http(s) URL.
 * @example shareHref('whatsapp', message) // "https://wa.me/?text=…"
 */
export function shareHref(channel: ShareChannel, message: ShareMessage): string | undefined {
  const values: Record<string, string> = {
    u: message.url,
    // Telegram shows the link itself; the text carries only the words.
    t: channel === 'telegram' ? message.text.replace(message.url, '').trim() : message.text,
    s: message.subject,
  };
  return TEMPLATES[channel]?.replace(/\{(\w)\}/g, (_, name: string) =>
    encodeURIComponent(values[name] ?? ''),
  );
}

/** Whether a channel's link opens a web page (new tab) rather than an app on the device. */
export function opensWebPage(channel: ShareChannel): boolean {
  return !['email', 'sms', 'messenger', 'native'].includes(channel);
}
