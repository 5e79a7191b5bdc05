import { SHARE_CHANNELS, type ShareChannel } from '@grapevine/core';

/** What the device can do, read once when the prompt mounts. */
export interface ShareEnvironment {
  /** `navigator.share` exists. */
  nativeShare: boolean;
  /** A phone or tablet: coarse pointer or a small screen. */
  mobile: boolean;
}

/** The default order when the campaign does not configure `channels`. */
export const DEFAULT_CHANNELS: readonly ShareChannel[] = [
  'native',
  'email',
  'sms',
  'whatsapp',
  'x',
  'facebook',
  'messenger',
];

const KNOWN = new Set<string>(SHARE_CHANNELS);

/**
 * The channels to offer, in the configured order: unknown names and duplicates are dropped,
 * the native sheet only where `navigator.share` exists, SMS and Messenger (app links) only
 * on mobile.
 * @example usableChannels(['sms', 'email'], { nativeShare: false, mobile: false }) // ['email']
 */
export function usableChannels(
  requested: readonly ShareChannel[] | undefined,
  env: ShareEnvironment,
): ShareChannel[] {
  const wanted = Array.isArray(requested) ? requested : DEFAULT_CHANNELS;
  return [...new Set(wanted)].filter((channel) => {
    if (!KNOWN.has(channel)) return false;
    if (channel === 'native') return env.nativeShare;
    if (channel === 'sms' || channel === 'messenger') return env.mobile;
    return true;
  });
}

/** Reads the share environment from a window. */
export function readShareEnvironment(view: Window): ShareEnvironment {
  const matches = (query: string) => view.matchMedia?.(query).matches === true;
  return {
    nativeShare: typeof view.navigator.share === 'function',
    mobile: matches('(pointer: coarse)') || matches('(max-width: 600px)'),
  };
}
