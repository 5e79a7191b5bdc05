import { en } from './en.js';
import { KIND_MESSAGES, SURFACE_MESSAGES } from './surface-messages.js';
import { SURFACE_OF_KIND } from './surfaces.js';

/**
 * The English catalog of one script-tag UI bundle (build-time, used by
 * vite.script.config.ts): the messages its kind can show (surface-messages.ts: the kind's
 * own list, else its surface's) and those of no surface (brand names); every other message is
 * left out (locale parts carry their keys). An unknown kind keeps everything.
 * @example bundleEnglish('referral').npsQuestion // undefined
 */
export function bundleEnglish(kind: string): Record<string, string> {
  const listed = new Set<string>(Object.values(SURFACE_MESSAGES).flat());
  const surface = Object.hasOwn(SURFACE_OF_KIND, kind) ? SURFACE_OF_KIND[kind] : undefined;
  const ownList = Object.hasOwn(KIND_MESSAGES, kind) ? KIND_MESSAGES[kind] : undefined;
  const own = new Set<string>(ownList ?? (surface ? SURFACE_MESSAGES[surface] : listed));
  return Object.fromEntries(Object.entries(en).filter(([key]) => own.has(key) || !listed.has(key)));
}
