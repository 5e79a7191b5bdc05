export type { Catalog } from '../i18n/catalog.js';
export { catalogFor, loadCatalog } from '../i18n/load-catalog.js';
export { mountPanel } from './mount-panel.js';
export { mountPrompt } from './mount-prompt.js';
export type {
  MountedPrompt,
  PanelCallbacks,
  PanelData,
  PanelRequest,
  Placement,
  PromptCallbacks,
  PromptKind,
  PromptRequest,
  Theme,
} from './types.js';
