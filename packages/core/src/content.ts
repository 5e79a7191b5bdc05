import type { Content } from './types/campaign.js';

/**
 * The copy for a locale. Content keys are BCP 47 tags, matched exactly: English, then the
 * language (`da`), then the exact locale (`da-DK`) are layered, so a partial translation
 * falls back per message; later sources (a variant's content) override earlier ones (the
 * campaign's).
 * @example resolveMessages('da-DK', campaign.content, variant.content)
 */
export function resolveMessages(
  locale: string,
  ...sources: ReadonlyArray<Content | undefined>
): Record<string, string> {
  // A repeated tag (`en` for `en`) only assigns the same messages twice.
  const chain = ['en', locale.split('-')[0] ?? locale, locale];
  const messages: Record<string, string> = {};
  for (const content of sources) {
    if (content === undefined) continue;
    for (const tag of chain) Object.assign(messages, content[tag]);
  }
  return messages;
}
