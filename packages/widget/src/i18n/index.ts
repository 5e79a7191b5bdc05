export { en, type MessageKey } from './en.js';
export { formatReward } from './format-reward.js';
export {
  createTranslator,
  type MessageValues,
  supportedLocale,
  type Translator,
} from './translate.js';
