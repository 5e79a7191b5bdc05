import type { Content } from './types/campaign.js';

function lookup(content: Content, locale: string): Record<string, string> | undefined {
  const direct = content[locale];
  if (direct !== undefined) return direct;
  const wanted = locale.toLowerCase();
  for (const key of Object.keys(content)) {
    if (key.toLowerCase() === wanted) return content[key];
  }
  return undefined;
}

/**
 * The copy for a locale: English, then the language (`da`), then the exact locale (`da-DK`)
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
    for (const candidate of chain) Object.assign(messages, lookup(content, candidate));
  }
  return messages;
}
