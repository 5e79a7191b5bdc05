// Shared builders for the UI tests: a minimal request, recording callbacks, shadow queries.
import type { Referral } from '@grapevine/core';
import { type Mock, vi } from 'vitest';
import { HOST_TAG } from '../../src/ui/host-element.js';
import { mountPrompt } from '../../src/ui/index.js';
import type { MountedPrompt, PromptCallbacks, PromptRequest } from '../../src/ui/types.js';

export const referral: Referral = {
  code: 'ANNA20',
  url: 'https://shop.example/r/ANNA20',
  offer: {
    friend: { kind: 'percent', value: 20 },
    advocate: { kind: 'percent', value: 20 },
    termsUrl: 'https://shop.example/terms',
  },
};

export function request(overrides: Partial<PromptRequest> = {}): PromptRequest {
  return {
    kind: 'nps',
    campaignId: 'nps-after-order',
    variantId: 'default',
    placement: 'modal',
    locale: 'en',
    dir: 'ltr',
    theme: {},
    zIndex: 1000,
    messages: {},
    brandName: 'Acme Tea',
    ...overrides,
  };
}

/** Callbacks that record their calls. */
export type RecordedCallbacks = PromptCallbacks &
  Record<Exclude<keyof PromptCallbacks, 'onClaim'>, Mock>;

export function callbacks(): RecordedCallbacks {
  return {
    onShown: vi.fn(),
    onNpsAnswer: vi.fn(),
    onNpsComment: vi.fn(),
    onShare: vi.fn(),
    onCopy: vi.fn(),
    onDismiss: vi.fn(),
    onSnooze: vi.fn(),
    onOptOut: vi.fn(),
    onClosed: vi.fn(),
  } satisfies PromptCallbacks;
}

/** The shadow root of the (only) prompt on the page. */
export function shadow(): ShadowRoot {
  const host = document.querySelector(HOST_TAG);
  if (!host?.shadowRoot) throw new Error('no prompt on the page');
  return host.shadowRoot;
}

/** One element inside the prompt, or a failed test. */
export function get<T extends Element = HTMLElement>(selector: string): T {
  const found = shadow().querySelector<T>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
}

/** Visible text of the prompt, whitespace collapsed. */
export function text(): string {
  return (shadow().textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function key(target: Element, name: string, init: KeyboardEventInit = {}): void {
  target.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true, ...init }));
}

/** Lets promise callbacks and Preact's debounced re-render run. */
export async function settle(): Promise<void> {
  for (let round = 0; round < 3; round++) {
    await Promise.resolve();
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

/** Mounts a prompt and checks that it rendered. */
export async function show(
  prompt: PromptRequest = request(),
  calls: PromptCallbacks = callbacks(),
): Promise<MountedPrompt> {
  const mounted = mountPrompt(prompt, calls);
  await until('.card');
  return mounted;
}

/** Waits (real timers) until `selector` matches inside the prompt. */
export async function until(selector: string): Promise<void> {
  await vi.waitFor(() => get(selector), { timeout: 2000, interval: 5 });
}
