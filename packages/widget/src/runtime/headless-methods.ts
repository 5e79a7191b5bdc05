// The handle's headless methods: outcomes of the open prompt, checked and recorded by the
// presenter chunk. Listed once for the runtime's handle and the npm entry's deferred handle.
import type { HeadlessMethod } from './presenter.js';

/** The handle's headless methods, in the presenter chunk's {@link HeadlessMethod}. */
export const HEADLESS = [
  'answer',
  'comment',
  'rendered',
  'share',
  'copy',
  'dismiss',
  'snooze',
  'optOut',
] as const satisfies readonly HeadlessMethod[];
