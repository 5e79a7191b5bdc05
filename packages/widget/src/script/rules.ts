// The script tag's rules chunk (`grapevine-rules.js`): loaded by the loader only when this
// page view could change something. Loads and checks the config, starts the runtime (core's
// decide, sensors, lease, storage, capture, timers, the presenter's wiring), takes over the
// queued calls, and after every decision leaves a wake plan for the next page view.
import { type Config, stringifyJson } from '@grapevine/core';
import { createRuntime } from '../runtime/create-runtime.js';
import type { CountedPage } from '../runtime/page.js';
import type { UiKind, UiModules } from '../runtime/ui-kinds.js';
import type { watchNavigation } from '../sensors/navigation.js';
import type { QueuedCall } from './command-queue.js';
import { runCommand } from './command-queue.js';
import { readCachedConfig, writeCachedConfig } from './config-cache.js';
import { checkScheme, readInlineConfig } from './script-options.js';
import { planFor } from './wake-plan.js';

/** A remote config (no inline one) is fetched again after this long: the plan ends then. */
export const REMOTE_CONFIG_TTL = 10 * 60_000;

/** The lazily loaded chunks, resolved next to the script's own URL. */
export interface Chunks {
  /** This chunk (`startRules`). */
  rules(): Promise<{ startRules(ctx: RulesContext): Promise<Rules> }>;
  /**
   * The UI bundle of one kind (`grapevine-ui-<kind>.js`), with the presenter (a prompt kind)
   * or the panels (`panel`) it shows through.
   */
  ui<K extends UiKind>(kind: K): Promise<ScriptUi[K]>;
  /** The presenter alone (`grapevine-prompt.js`): headless pages (`data-ui="false"`). */
  presenter(): Promise<typeof import('../runtime/presenter.js')>;
  adapter(): Promise<typeof import('./adapter-chunk.js')>;
  schema(): Promise<typeof import('./schema-chunk.js')>;
}

/** A UI bundle of the script tag: the kind's UI and the runtime's side of it. */
export type ScriptUi = {
  [K in UiKind]: UiModules[K] &
    (K extends 'panel'
      ? Pick<typeof import('../runtime/referral-panels.js'), 'createPanels'>
      : Pick<typeof import('../runtime/presenter.js'), 'createPresenter'>);
};

/** What the loader hands over. */
export interface RulesContext {
  win: Window;
  endpoint: string | undefined;
  siteKey: string | undefined;
  configId: string | undefined;
  /** `data-*` options under the queued `init` options. */
  options: Record<string, unknown>;
  storageKey: string;
  /** The plan key of this page's config and options; `undefined`: leave no plan. */
  key: string | undefined;
  /** Fingerprint of this page's `identify()` calls so far. */
  who(): string;
  /** This page, when the loader already counted it in the session. */
  page: CountedPage | undefined;
  /** Calls made before start: run (and removed) before the first decision. */
  queue: QueuedCall[];
  /** The loader's SPA watch (one copy of it on the page). */
  watchNavigation: typeof watchNavigation;
  chunks: Chunks;
  fail(message: string): void;
}

export interface Rules {
  /** Runs one `grapevine(…)` call. */
  run(call: QueuedCall): unknown;
}

const safeStorage = (win: Window): Storage | undefined => {
  try {
    return win.localStorage;
  } catch {
    return undefined;
  }
};

/** The config, and whether it is sound enough to plan with (loaded and free of errors). */
async function loadConfig(ctx: RulesContext): Promise<{ config?: Config; sound: boolean }> {
  const { win, options, chunks, fail } = ctx;
  let json: unknown;
  let source: string | undefined;
  // The cache is storage: used only when nothing stops Grapevine from storing.
  const consent = options.consent;
  const storage = consent === undefined || consent === 'granted' ? safeStorage(win) : undefined;
  const cacheKey = `${ctx.storageKey}:config`;
  if (ctx.configId) {
    const inline = readInlineConfig(win.document, ctx.configId, fail);
    if (!inline) return { sound: false };
    ({ json, source } = inline);
    const cached = readCachedConfig(storage, cacheKey, source);
    if (cached) return { config: cached as Config, sound: true };
  } else if (ctx.endpoint && ctx.siteKey) {
    const { backendFor } = await chunks.adapter();
    json = await backendFor(ctx.endpoint, ctx.siteKey).campaigns?.();
  }
  if (json === undefined) return { sound: false };
  const { parseConfig } = await chunks.schema();
  const { config, errors } = parseConfig(json);
  for (const error of errors) {
    fail(`Grapevine: config ${error.path || '(root)'}: ${error.message}`);
  }
  if (source !== undefined && errors.length === 0) {
    writeCachedConfig(storage, cacheKey, source, config);
  }
  return { config, sound: errors.length === 0 };
}

/** Starts the rules for this page; resolves once queued calls can run. */
export async function startRules(ctx: RulesContext): Promise<Rules> {
  const { win, endpoint, siteKey, chunks, fail } = ctx;
  // Said here, not by the loader: a page view's first run of the rules always comes here.
  if (!endpoint || !siteKey) {
    fail('Grapevine: the script tag needs data-endpoint and data-site-key; events stay queued.');
  }
  let loaded: { config?: Config; sound: boolean } = { sound: false };
  try {
    loaded = await loadConfig(ctx);
  } catch (error) {
    fail(`Grapevine: campaigns could not be loaded (${String(error)}); none will show.`);
  }
  const { config } = loaded;
  const configExpiresAt = ctx.configId ? undefined : Date.now() + REMOTE_CONFIG_TTL;
  const planKey = `${ctx.storageKey}:plan`;
  const options = checkScheme(ctx.options, (message) => console.warn(message));
  const handle = createRuntime(
    { ...options, ...(config ? { config } : {}) },
    {
      loadUi: chunks.ui,
      loadPresenter: (kind) => (kind && kind !== 'panel' ? chunks.ui(kind) : chunks.presenter()),
      loadPanels: () => chunks.ui('panel'),
      watchNavigation: ctx.watchNavigation,
      async connect(_backend, storageKey) {
        if (!endpoint || !siteKey) throw new Error('no data-endpoint / data-site-key');
        return (await chunks.adapter()).connect(endpoint, siteKey, win, storageKey);
      },
      ...(ctx.page ? { page: ctx.page } : {}),
      // A purchase queued before the script arrived counts in the very first decision.
      replay(handle) {
        for (const call of ctx.queue.splice(0)) runCommand(handle, call, fail);
      },
      onDecision(decision, consent) {
        // Nothing is stored without consent, and a config with errors is checked (and its
        // errors shown) again on the next page view: no plan for either.
        const sound = consent === 'granted' && config && loaded.sound && ctx.key !== undefined;
        try {
          if (!sound) win.localStorage.removeItem(planKey);
          else {
            const who = ctx.who();
            const plan = planFor({ config, decision, key: ctx.key ?? '', who, configExpiresAt });
            win.localStorage.setItem(planKey, stringifyJson(plan));
          }
        } catch {
          // Blocked or full: without a plan the next page view runs the rules.
        }
      },
    },
  );
  return { run: (call) => runCommand(handle, call, fail) };
}
