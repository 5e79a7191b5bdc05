import type { MailMessageKey, MailMessages } from './en.js';

/** Looks a message up and fills `{name}` placeholders with text (escaping is the caller's). */
export type Translate = (key: MailMessageKey, values?: Readonly<Record<string, string>>) => string;

/**
 * A translator over one catalog. A placeholder without a value is left visible (`{name}`),
 * so a missing value shows up in tests instead of silently vanishing. A value that ends a
 * sentence itself ("Fika & Co.") does not get a second full stop.
 */
export function translator(messages: MailMessages, options: { isolate?: boolean } = {}): Translate {
  // In right-to-left text, a value (a brand, an address, a code) is wrapped in Unicode
  // isolates (FSI … PDI), so "Fika & Co." keeps its full stop on its own side.
  const wrap = options.isolate
    ? (value: string) => `\u2068${value}\u2069`
    : (value: string) => value;
  return (key, values = {}) =>
    messages[key].replace(/\{(\w+)\}(\.?)/g, (whole, name: string, stop: string) => {
      const value = values[name];
      if (value === undefined) return whole;
      return stop && value.endsWith('.') ? wrap(value) : wrap(value) + stop;
    });
}
