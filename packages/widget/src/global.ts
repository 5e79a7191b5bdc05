// The page's globals, typed for pages that use them from TypeScript (or JavaScript with
// `// @ts-check`): the script tag's `grapevine()` function and the `grapevine:<event>`
// CustomEvents on window. Types only: reference it once, e.g.
// `import type {} from '@grapevine/widget/global'` or
// `/// <reference types="@grapevine/widget/global" />`, or list it in tsconfig's `types`.
import type { Claim, Consent, Explanation, Scalar, ShareChannel } from '@grapevine/core';
import type { GrapevineEvents } from './runtime/events.js';
import type { Identity, Order } from './runtime/handle.js';
import type { GrapevineOptions } from './runtime/options.js';

/**
 * What `grapevine('init', options)` takes: the npm options, except what the script tag's
 * `data-endpoint`, `data-site-key` and `data-config` attributes give.
 */
export type GrapevineScriptOptions = Omit<
  GrapevineOptions,
  'backend' | 'endpoint' | 'siteKey' | 'config'
>;

/**
 * `grapevine(command, ...args)`: the snippet's queueing function keeps the call, the loaded
 * script runs it. Each command is the handle method of the same name (see `GrapevineHandle`),
 * plus `init`, `purchase` (`track('purchase', order)`) and `consent` (`setConsent`). A call
 * made before the script has loaded answers `undefined` (the queueing function returns
 * nothing): use the callbacks, or `?.`, where an answer is wanted.
 * @example grapevine('purchase', { orderId: '1001', total: 80, currency: 'EUR' });
 */
export interface GrapevineCommand {
  /** Options for the script, queued before it loads. */
  (command: 'init', options: GrapevineScriptOptions): void;
  (command: 'purchase', order: Order): void;
  (command: 'identify', identity: Identity | (() => Identity | Promise<Identity>)): void;
  (command: 'track', name: 'purchase', order: Order): void;
  (command: 'track', name: string, props?: Record<string, Scalar>): void;
  (command: 'show', campaignId: string, options?: { force?: boolean }): void;
  (command: 'consent' | 'setConsent', consent: Consent): void;
  /** Why a campaign would (not) show now; the answer also goes to `callback`. */
  (
    command: 'explain',
    campaignId: string,
    callback?: (why: Explanation | undefined) => void,
  ): Promise<Explanation | undefined> | undefined;
  /** Every campaign's explanation. */
  (command: 'explain', callback?: (all: Explanation[]) => void): Promise<Explanation[]> | undefined;
  (command: 'ready'): Promise<void> | undefined;
  <Name extends keyof GrapevineEvents>(
    command: 'on',
    name: Name,
    listener: (detail: GrapevineEvents[Name]) => void,
  ): (() => void) | undefined;
  <Name extends keyof GrapevineEvents>(
    command: 'off',
    name: Name,
    listener: (detail: GrapevineEvents[Name]) => void,
  ): void;
  /** Headless: the friend claims the open friend offer. */
  (command: 'claim', email: string): Promise<Claim | undefined> | undefined;
  (command: 'answer', score: number, comment?: string): void;
  (command: 'comment', text: string): void;
  (command: 'share', channel: ShareChannel): void;
  (command: 'rendered' | 'copy' | 'dismiss' | 'snooze' | 'optOut' | 'close' | 'destroy'): void;
  /** The calls the snippet queued before the script loaded. */
  q?: unknown;
  /** Set by the loaded script. */
  loaded?: true;
}

/** The `grapevine:<name>` CustomEvents on window, each with its `on()` detail. */
export type GrapevineWindowEvents = {
  [Name in keyof GrapevineEvents as `grapevine:${Name}`]: CustomEvent<GrapevineEvents[Name]>;
};

declare global {
  interface WindowEventMap extends GrapevineWindowEvents {}
  interface Window {
    /** Grapevine's script tag: the snippet's queueing function, then the loaded script. */
    grapevine: GrapevineCommand;
  }
  /** Grapevine's script tag (`window.grapevine`). */
  var grapevine: GrapevineCommand;
}
