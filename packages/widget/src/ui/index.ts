export { mountPrompt } from './mount-prompt.js';
export type {
  MountedPrompt,
  PanelData,
  Placement,
  PromptCallbacks,
  PromptKind,
  PromptRequest,
  Theme,
} from './types.js';
