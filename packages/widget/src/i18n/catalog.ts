import type { MessageKey } from './en.js';

/** Share channels whose names are brands: the same in every language. */
type BrandName = 'whatsapp' | 'x' | 'facebook' | 'linkedin' | 'messenger' | 'line' | 'telegram';

/**
 * A locale's messages: every key but the brand names, which fall back to English. The type
 * makes a missing translation a compile error.
 */
export type Catalog = Record<Exclude<MessageKey, BrandName>, string> &
  Partial<Record<BrandName, string>>;
