import { ar } from './ar.js';
import { da } from './da.js';
import { en, type MailMessages } from './en.js';
import { fi } from './fi.js';
import { he } from './he.js';
import { ja } from './ja.js';
import type { MailLocale } from './locales.js';
import { nb } from './nb.js';
import { zhCN } from './zh-CN.js';

/** Every shipped email catalog by locale. */
export const mailCatalogs: Readonly<Record<MailLocale, MailMessages>> = {
  en,
  da,
  nb,
  fi,
  ja,
  'zh-CN': zhCN,
  ar,
  he,
};
