// The seam between the prompt shell (host, frame, theme, focus) and the content of one
// prompt kind, which lives in its own lazily loaded module under views/.
import type { ComponentChildren } from 'preact';
import type { Translator } from '../i18n/translate.js';
import type { PromptCallbacks, PromptRequest } from './types.js';

/** How a prompt was closed. Only `dismiss` is reported as a dismissal. */
export type Outcome = 'dismiss' | 'snooze' | 'opt-out' | 'done';

/** What the shell gives a view. */
export interface PromptContext {
  request: PromptRequest;
  /** The runtime's callbacks, each guarded so that it cannot throw into the page. */
  calls: PromptCallbacks;
  i18n: Translator;
  /** The shop or product name, trimmed; empty when unknown. */
  brand: string;
  view: Window;
  close(outcome: Outcome): void;
  /** Adds the view's own stylesheet to the prompt's shadow root. */
  addStyles(css: string): void;
}

/** One prompt kind's content and state. */
export interface PromptView {
  /** The card's content. Signals read here re-render the prompt when they change. */
  render(): ComponentChildren;
  /** The step shown; when it changes, focus moves to the step's `[data-autofocus]`. */
  step(): string;
  /** Whether closing now (close button, Escape, backdrop) counts as a dismissal. */
  dismissal(): boolean;
  dispose(): void;
}

/** A view module's export. */
export type CreateView = (context: PromptContext) => PromptView;
