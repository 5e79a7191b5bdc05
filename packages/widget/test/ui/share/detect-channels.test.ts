import { describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_CHANNELS,
  readShareEnvironment,
  usableChannels,
} from '../../../src/ui/share/detect-channels.js';

const desktop = { nativeShare: false, mobile: false };
const phone = { nativeShare: true, mobile: true };

describe('usableChannels', () => {
  it('drops the native sheet without navigator.share and SMS/Messenger on desktop', () => {
    expect(usableChannels(undefined, desktop)).toEqual(['email', 'whatsapp', 'x', 'facebook']);
  });

  it('offers everything by default on a phone with a share sheet', () => {
    expect(usableChannels(undefined, phone)).toEqual([...DEFAULT_CHANNELS]);
  });

  it('keeps the configured order, drops duplicates and unknown names', () => {
    expect(
      usableChannels(['line', 'telegram', 'line', 'myspace' as never, 'email'], desktop),
    ).toEqual(['line', 'telegram', 'email']);
  });

  it('treats a non-array as "not configured"', () => {
    expect(usableChannels('email' as never, desktop)).toEqual([
      'email',
      'whatsapp',
      'x',
      'facebook',
    ]);
  });
});

describe('readShareEnvironment', () => {
  it('detects navigator.share and a coarse pointer', () => {
    vi.stubGlobal('matchMedia', (query: string) => ({ matches: query === '(pointer: coarse)' }));
    Object.defineProperty(navigator, 'share', {
      value: () => Promise.resolve(),
      configurable: true,
    });
    try {
      expect(readShareEnvironment(window)).toEqual({ nativeShare: true, mobile: true });
    } finally {
      Reflect.deleteProperty(navigator, 'share');
    }
  });

  it('sees a desktop without a share sheet', () => {
    vi.stubGlobal('matchMedia', () => ({ matches: false }));
    expect(readShareEnvironment(window)).toEqual({ nativeShare: false, mobile: false });
  });
});
