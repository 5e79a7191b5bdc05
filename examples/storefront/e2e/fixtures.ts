// The journeys' fixtures: one demo stack (reference server on in-memory PGlite + the shop)
// per worker — starting one takes seconds, so journeys share it and each leaves it as it
// found it (demo clock back at +0, API running); a guard that fails the journey on any
// uncaught error or unexpected console error/warning; a customer of its own per journey;
// and the server's data.
import { type BrowserContextOptions, test as base, expect, type Page } from '@playwright/test';
import { startDemoStack } from '../../../scripts/demo-stack.mjs';
import { guardContext, type PageGuard } from './support/page-guard.js';
import { type ServerData, serverData } from './support/server.js';
import type { Customer } from './support/shop.js';
import { snapshotWidget } from './support/widget-snapshot.js';

export type DemoStack = Awaited<ReturnType<typeof startDemoStack>>;

interface JourneyFixtures {
  stack: DemoStack;
  guard: PageGuard;
  /** A customer no other journey uses (same first name, so the copy reads the same). */
  customer: Customer;
  server: ServerData;
  /** A page in a new browser context (another device: its own storage), guarded the same way. */
  otherDevice(options?: BrowserContextOptions): Promise<Page>;
}

export const test = base.extend<JourneyFixtures, { sharedStack: DemoStack }>({
  sharedStack: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies by destructuring
    async ({}, use) => {
      const widget = await snapshotWidget();
      const stack = await startDemoStack({ widgetDir: widget.dir });
      await use(stack);
      await stack.close();
      widget.remove();
    },
    // Starting PGlite (WebAssembly) and migrating takes seconds; more on a busy machine.
    { scope: 'worker', timeout: 60_000 },
  ],
  stack: async ({ sharedStack }, use) => {
    let apiRunning = true;
    await use({
      ...sharedStack,
      async stopApi() {
        await sharedStack.stopApi();
        apiRunning = false;
      },
      async restartApi() {
        await sharedStack.restartApi();
        apiRunning = true;
      },
    });
    if (!apiRunning) await sharedStack.restartApi();
    await resetDemoClock(sharedStack.apiUrl);
  },
  guard: [
    async ({ context }, use, testInfo) => {
      // Journeys buy, reload and travel in time: allow twice the default on a busy machine.
      testInfo.setTimeout(testInfo.timeout * 2);
      const guard = guardContext(context);
      await use(guard);
      expect(guard.problems(), 'errors and warnings on the page').toEqual([]);
    },
    { auto: true },
  ],
  // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies by destructuring
  customer: async ({}, use, testInfo) => {
    // The whole test id: its first part names only the file, so a prefix would give two
    // tests of one file (run one after the other by a worker) the same customer.
    const tag = `${testInfo.testId.replace(/[^a-z0-9]/gi, '')}.${testInfo.retry}`;
    await use({ name: 'Anna Lindqvist', email: `anna.${tag}@example.com`.toLowerCase() });
  },
  server: async ({ stack }, use) => {
    await use(serverData(stack.db));
  },
  otherDevice: async ({ browser, contextOptions }, use) => {
    const opened: { close(): Promise<void>; guard: PageGuard }[] = [];
    await use(async (options = {}) => {
      const context = await browser.newContext({ ...contextOptions, ...options });
      opened.push({ close: () => context.close(), guard: guardContext(context) });
      return context.newPage();
    });
    for (const device of opened) {
      await device.close();
      expect(device.guard.problems(), 'errors and warnings on the other device').toEqual([]);
    }
  },
});

/** Moves the reference server's demo clock back to +0 days after a journey travelled in time. */
async function resetDemoClock(apiUrl: string): Promise<void> {
  const { offsetDays } = (await (await fetch(`${apiUrl}/demo/clock`)).json()) as {
    offsetDays: number;
  };
  if (offsetDays === 0) return;
  const response = await fetch(`${apiUrl}/demo/clock`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ advanceDays: -offsetDays }),
  });
  expect(response.ok, 'demo clock reset').toBe(true);
}

export { expect };
