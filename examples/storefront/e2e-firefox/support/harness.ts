// One spec file = one demo stack (reference server on in-memory PGlite + the shop, on
// 127.0.0.1 random ports) and, per engine, one browser with a fresh profile. Each journey
// gets its own browser context (its own storage), a customer no other journey uses, a guard
// that fails it on any page error or unexpected console error or warning, and screenshots of
// every open page when it fails.
import { after, before, describe, test } from 'node:test';
import type { Browser, Page, Viewport } from 'puppeteer-core';
import { startDemoStack } from '../../../../scripts/demo-stack.mjs';
import { type ServerData, serverData } from '../../e2e/support/server.js';
import { snapshotWidget } from '../../e2e/support/widget-snapshot.js';
import { ENGINES, type EngineName, launch, selectedEngines } from './engines.js';
import { createPageGuard, type PageGuard } from './page-guard.js';
import { failurePath, screenshotPath, settled } from './screens.js';

export type DemoStack = Awaited<ReturnType<typeof startDemoStack>>;

/** A desktop window, and a phone-size one (the prompts become bottom sheets at ≤ 600 px). */
export const DESKTOP: Viewport = { width: 1280, height: 800 };
export const PHONE: Viewport = { width: 390, height: 844 };

export interface Customer {
  name: string;
  email: string;
}

export interface Journey {
  engine: EngineName;
  stack: DemoStack;
  server: ServerData;
  /** A customer no other journey uses (same first name, so the copy reads the same). */
  customer: Customer;
  /** A desktop-size page in a browser context of its own. */
  page: Page;
  guard: PageGuard;
  /** Another page in the same browser, in a context of its own (another shopper). */
  otherContext(viewport?: Viewport): Promise<Page>;
  /** A page in a newly launched browser with a fresh profile: another person's device. */
  freshProfile(viewport?: Viewport): Promise<Page>;
  /** Saves a screenshot of `page` once the prompt's motion has finished. */
  snap(page: Page, name: string): Promise<void>;
}

type JourneyBody = (journey: Journey) => Promise<void>;

/** Budget of one journey: buying, reloading and polling the server on a busy machine. */
const JOURNEY_TIMEOUT = 180_000;

let stackStarted: Promise<{ stack: DemoStack; remove(): void }> | undefined;
function sharedStack() {
  stackStarted ??= (async () => {
    const widget = await snapshotWidget();
    const stack = await startDemoStack({ widgetDir: widget.dir });
    return { stack, remove: widget.remove };
  })();
  return stackStarted;
}
after(async () => {
  if (!stackStarted) return;
  const { stack, remove } = await stackStarted;
  await stack.close();
  remove();
});

/**
 * Declares the journeys of one spec file, once per selected engine:
 * `describe(title)` › `describe('firefox')` › one `test` per journey.
 */
export function journeys(
  title: string,
  define: (journey: (name: string, body: JourneyBody) => void) => void,
): void {
  // The engines run side by side (each its own browser); the journeys of one engine in order.
  describe(title, { concurrency: true }, () => {
    for (const engine of selectedEngines()) {
      describe(engine.name, () => {
        let browser: Browser | undefined;
        before(
          async () => {
            await sharedStack();
            browser = await launch(engine);
          },
          { timeout: 120_000 },
        );
        after(async () => {
          await browser?.close();
        });
        let count = 0;
        define((name, body) => {
          count += 1;
          const id = `${title}-${count}`.replace(/[^a-z0-9]+/gi, '-').toLowerCase();
          test(name, { timeout: JOURNEY_TIMEOUT }, async () => {
            if (!browser) throw new Error(`${engine.name} did not start`);
            const { stack } = await sharedStack();
            await runJourney(engine.name, browser, stack, id, body);
          });
        });
      });
    }
  });
}

async function runJourney(
  engine: EngineName,
  browser: Browser,
  stack: DemoStack,
  id: string,
  body: JourneyBody,
): Promise<void> {
  const guard = createPageGuard();
  const pages: Page[] = [];
  const cleanups: (() => Promise<void>)[] = [];
  const open = async (owner: Browser, viewport: Viewport, ownContext: boolean) => {
    const context = ownContext ? await owner.createBrowserContext() : owner.defaultBrowserContext();
    if (ownContext) cleanups.push(() => context.close());
    const page = await context.newPage();
    guard.watch(page);
    await page.setViewport(viewport);
    pages.push(page);
    return page;
  };
  const journey: Journey = {
    engine,
    stack,
    server: serverData(stack.db),
    customer: { name: 'Anna Lindqvist', email: `anna.${engine}.${id}@example.com` },
    page: await open(browser, DESKTOP, true),
    guard,
    otherContext: (viewport = DESKTOP) => open(browser, viewport, true),
    async freshProfile(viewport = DESKTOP) {
      const other = await launch(ENGINES[engine]);
      cleanups.push(() => other.close());
      const [blank] = await other.pages();
      await blank?.close();
      return open(other, viewport, false);
    },
    async snap(page, name) {
      await settled(page);
      await page.screenshot({ path: screenshotPath(engine, page, name) });
    },
  };
  try {
    await body(journey);
    const problems = guard.problems();
    if (problems.length > 0) {
      throw new Error(`errors and warnings on the page:\n  ${problems.join('\n  ')}`);
    }
  } catch (error) {
    await failureScreenshots(engine, id, pages);
    throw error;
  } finally {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {});
  }
}

async function failureScreenshots(engine: EngineName, id: string, pages: Page[]): Promise<void> {
  for (const [index, page] of pages.entries()) {
    if (page.isClosed()) continue;
    const path = failurePath(engine, `${id}-page${index + 1}`);
    await page
      .screenshot({ path })
      .then(() => console.error(`  screenshot of the failure: ${path}`))
      .catch(() => {});
  }
}
