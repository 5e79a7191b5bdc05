// The inline config is checked with zod (the schema chunk, ~11 kB) only when its text has
// changed since the last page view: a fully valid config is remembered under
// `<storageKey>:config` with a hash of its source, so repeat page views skip the download.
import { stringifyJson } from '@grapevine/core';
import { fingerprint } from './fingerprint.js';

type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem'>;

/** The config checked earlier for exactly this source text, if any. */
export function readCachedConfig(
  storage: Storage | undefined,
  key: string,
  source: string,
): unknown {
  try {
    const cached = JSON.parse(storage?.getItem(key) ?? 'null') as {
      hash?: string;
      config?: unknown;
    };
    const campaigns = (cached?.config as { campaigns?: unknown } | undefined)?.campaigns;
    if (cached?.hash === fingerprint(source) && Array.isArray(campaigns)) return cached.config;
  } catch {
    // Unreadable: check the source again.
  }
  return undefined;
}

/** Remembers a config that passed the schema without errors. */
export function writeCachedConfig(
  storage: Storage | undefined,
  key: string,
  source: string,
  config: unknown,
): void {
  try {
    storage?.setItem(key, stringifyJson({ hash: fingerprint(source), config }));
  } catch {
    // Full or blocked: the next page view checks the source again.
  }
}
