import type { MailMessageKey, MailMessages } from './en.js';

/** Looks a message up and fills `{name}` placeholders with text (escaping is the caller's). */
export type Translate = (key: MailMessageKey, values?: Readonly<Record<string, string>>) => string;

/**
 * A translator over one catalog. A placeholder without a value is left visible (`{name}`),
 * so a missing value shows up in tests instead of silently vanishing.
 */
export function translator(messages: MailMessages): Translate {
  return (key, values = {}) =>
    messages[key].replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
