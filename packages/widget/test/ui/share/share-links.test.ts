import { describe, expect, it } from 'vitest';
import { DEFAULT_CHANNELS, usableChannels } from '../../../src/ui/share/detect-channels.js';
import { opensWebPage, shareHref } from '../../../src/ui/share/share-links.js';

const message = {
  url: 'https://shop.example/r/ANNA20?x=1&y=2',
  text: 'Here is 20% off & more: https://shop.example/r/ANNA20?x=1&y=2',
  subject: '20% off for you',
};

describe('shareHref', () => {
  it.each([
    [
      'email',
      'mailto:?subject=20%25%20off%20for%20you&body=Here%20is%2020%25%20off%20%26%20more%3A%20https%3A%2F%2Fshop.example%2Fr%2FANNA20%3Fx%3D1%26y%3D2',
    ],
    [
      'whatsapp',
      'https://wa.me/?text=Here%20is%2020%25%20off%20%26%20more%3A%20https%3A%2F%2Fshop.example%2Fr%2FANNA20%3Fx%3D1%26y%3D2',
    ],
    [
      'facebook',
      'https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fshop.example%2Fr%2FANNA20%3Fx%3D1%26y%3D2',
    ],
    [
      'linkedin',
      'https://www.linkedin.com/sharing/share-offsite/?url=https%3A%2F%2Fshop.example%2Fr%2FANNA20%3Fx%3D1%26y%3D2',
    ],
    [
      'telegram',
      'https://t.me/share/url?url=https%3A%2F%2Fshop.example%2Fr%2FANNA20%3Fx%3D1%26y%3D2&text=Here%20is%2020%25%20off%20%26%20more%3A',
    ],
  ] as const)('%s', (channel, expected) => {
    expect(shareHref(channel, message)).toBe(expected);
  });

  it('encodes the message for every channel, so nothing can break out of the query', () => {
    const hostile = { url: 'https://a.example/"><x>', text: '"><script>&', subject: '#&?' };
    const channels = usableChannels([...DEFAULT_CHANNELS, 'linkedin', 'line', 'telegram'], {
      nativeShare: false,
      mobile: true,
    });
    expect(channels).toHaveLength(9);
    for (const channel of channels) {
      const href = shareHref(channel, hostile) ?? '';
      expect(href, channel).not.toMatch(/[<>"]/);
    }
  });

  it('has no link for the native share sheet', () => {
    expect(shareHref('native', message)).toBeUndefined();
  });

  it('opens web pages in a new tab but not app links', () => {
    expect(opensWebPage('whatsapp')).toBe(true);
    expect(opensWebPage('email')).toBe(false);
    expect(opensWebPage('sms')).toBe(false);
    expect(opensWebPage('messenger')).toBe(false);
  });
});
