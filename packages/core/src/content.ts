import type { Content } from './types/campaign.js';

/**
 * The copy for a locale (content keys are BCP 47 tags, matched exactly): English, then the language (`da`), then the exact locale (`da-DK`)
 * layered so a partial translation falls back per message; later sources (a variant's
 * content) override earlier ones (the campaign's).
 * @example resolveMessages('da-DK', campaign.content, variant.content)
 */
export function resolveMessages(
  locale: string,
  ...sources: ReadonlyArray<Content | undefined>
): Record<string, string> {
  const language = locale.split('-')[0] ?? locale;
  const chain = ['en', language, locale].filter(
    (entry, index, all) => all.indexOf(entry) === index,
  );
  const messages: Record<string, string> = {};
  for (const content of sources) {
    if (content === undefined) continue;
    for (const candidate of chain) Object.assign(messages, content[candidate]);
  }
  return messages;
}
