export { createGrapevine } from './create-grapevine.js';
export type {
  GrapevineEventName,
  GrapevineEvents,
  PromptDetail,
  ShowDetail,
} from './runtime/events.js';
export type {
  Grapevine,
  GrapevineHandle,
  GrapevineState,
  Identity,
  Order,
} from './runtime/handle.js';
export type {
  GrapevineSnapshot,
  PromptStep,
  VisitorReferral,
} from './runtime/observable-state.js';
export type { GrapevineOptions, ReferralCaptureOptions } from './runtime/options.js';
export type { Placement, Theme } from './ui/types.js';
