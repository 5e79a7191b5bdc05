// The journeys' fixtures: one demo stack (reference server on in-memory PGlite + the shop)
// per worker, or a fresh one for a journey that moves the server's clock or stops it; a
// guard that fails the journey on any uncaught error or unexpected console error/warning;
// a customer of its own per journey; and the server's data.
import { test as base, expect } from '@playwright/test';
import { startDemoStack } from '../../../scripts/demo-stack.mjs';
import { guardContext, type PageGuard } from './support/page-guard.js';
import { type ServerData, serverData } from './support/server.js';
import type { Customer } from './support/shop.js';

export type DemoStack = Awaited<ReturnType<typeof startDemoStack>>;

interface JourneyFixtures {
  /** `true`: this journey gets a stack of its own (it moves the server clock or stops it). */
  ownStack: boolean;
  stack: DemoStack;
  guard: PageGuard;
  /** A customer no other journey uses (same first name, so the copy reads the same). */
  customer: Customer;
  server: ServerData;
}

export const test = base.extend<JourneyFixtures, { sharedStack: DemoStack }>({
  sharedStack: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies by destructuring
    async ({}, use) => {
      const stack = await startDemoStack();
      await use(stack);
      await stack.close();
    },
    { scope: 'worker' },
  ],
  ownStack: [false, { option: true }],
  stack: async ({ ownStack, sharedStack }, use) => {
    if (!ownStack) return use(sharedStack);
    const stack = await startDemoStack();
    await use(stack);
    await stack.close();
  },
  guard: [
    async ({ context }, use) => {
      const guard = guardContext(context);
      await use(guard);
      expect(guard.problems(), 'errors and warnings on the page').toEqual([]);
    },
    { auto: true },
  ],
  // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies by destructuring
  customer: async ({}, use, testInfo) => {
    const tag = `${testInfo.testId.slice(0, 10)}.${testInfo.retry}`;
    await use({ name: 'Anna Lindqvist', email: `anna.${tag}@example.com`.toLowerCase() });
  },
  server: async ({ stack }, use) => {
    await use(serverData(stack.db));
  },
});

export { expect };
