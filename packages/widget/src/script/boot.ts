// The script tag's start: replace the stub with the real `grapevine()` function, read the
// `data-*` attributes and the inline config, start the runtime, replay the queue in order.
// Loading the script twice is harmless: the second copy sees `grapevine.loaded` and stops.
import type { Config } from '@grapevine/core';
import { createRuntime } from '../runtime/create-runtime.js';
import type { Connection } from '../runtime/delivery.js';
import type { GrapevineHandle } from '../runtime/handle.js';
import type { UiModule } from '../runtime/presenter.js';
import type { GrapevineGlobal, QueuedCall } from './command-queue.js';
import { initOptions, runCommand } from './command-queue.js';
import { readCachedConfig, writeCachedConfig } from './config-cache.js';
import { readAttributes, readInlineConfig } from './script-options.js';

/** localStorage, or `undefined` where it is blocked. */
const safeStorage = (win: Window): Storage | undefined => {
  try {
    return win.localStorage;
  } catch {
    return undefined;
  }
};

/** The lazily loaded chunks, resolved next to the script's own URL. */
export interface Chunks {
  ui(): Promise<UiModule>;
  presenter(): Promise<typeof import('../runtime/presenter.js')>;
  panels(): Promise<typeof import('../runtime/referral-panels.js')>;
  adapter(): Promise<typeof import('./adapter-chunk.js')>;
  schema(): Promise<typeof import('./schema-chunk.js')>;
}

export function boot(win: Window, script: HTMLScriptElement | null, chunks: Chunks): void {
  const host = win as Window & { grapevine?: GrapevineGlobal };
  const stub = host.grapevine;
  if (stub?.loaded) return;
  const fail = (message: string): void => console.error(message);
  const queue: QueuedCall[] = Array.isArray(stub?.q) ? [...stub.q] : [];
  let handle: GrapevineHandle | undefined;

  const api: GrapevineGlobal = (command, ...args) => {
    try {
      if (!handle) return void queue.push([command, ...args]);
      return runCommand(handle, [command, ...args], fail);
    } catch (error) {
      fail(`Grapevine: grapevine('${String(command)}') failed: ${String(error)}`);
      return undefined;
    }
  };
  // A stub captured before the swap pushes onto `grapevine.q`: run those calls too.
  api.q = { push: (call: QueuedCall) => api(...(Array.from(call) as [string, ...unknown[]])) };
  api.loaded = true;
  host.grapevine = api;

  const { endpoint, siteKey, configId, options } = readAttributes(script);
  if (!endpoint || !siteKey) {
    fail('Grapevine: the script tag needs data-endpoint and data-site-key; events stay queued.');
  }

  const loadConfig = async (startOptions: Record<string, unknown>): Promise<Config | undefined> => {
    let json: unknown;
    let source: string | undefined;
    // The cache is storage: used only when nothing stops Grapevine from storing.
    const consent = startOptions.consent;
    const storage = consent === undefined || consent === 'granted' ? safeStorage(win) : undefined;
    const cacheKey = `${String(startOptions.storageKey ?? 'grapevine:v1')}:config`;
    if (configId) {
      const inline = readInlineConfig(win.document, configId, fail);
      if (!inline) return undefined;
      ({ json, source } = inline);
      const cached = readCachedConfig(storage, cacheKey, source);
      if (cached) return cached as Config;
    } else if (endpoint && siteKey) {
      const { backendFor } = await chunks.adapter();
      json = await backendFor(endpoint, siteKey).campaigns?.();
    }
    if (json === undefined) return undefined;
    const { parseConfig } = await chunks.schema();
    const { config, errors } = parseConfig(json);
    for (const error of errors) {
      fail(`Grapevine: config ${error.path || '(root)'}: ${error.message}`);
    }
    if (source !== undefined && errors.length === 0) {
      writeCachedConfig(storage, cacheKey, source, config);
    }
    return config;
  };

  const connect = async (_backend: unknown, storageKey: string): Promise<Connection> => {
    if (!endpoint || !siteKey) throw new Error('no data-endpoint / data-site-key');
    return (await chunks.adapter()).connect(endpoint, siteKey, win, storageKey);
  };

  const start = async (): Promise<void> => {
    const startOptions = { ...options, ...initOptions(queue) };
    let config: Config | undefined;
    try {
      config = await loadConfig(startOptions);
    } catch (error) {
      fail(`Grapevine: campaigns could not be loaded (${String(error)}); none will show.`);
    }
    handle = createRuntime(
      { ...startOptions, ...(config ? { config } : {}) },
      { loadUi: chunks.ui, loadPresenter: chunks.presenter, loadPanels: chunks.panels, connect },
    );
    for (const call of queue.splice(0)) runCommand(handle, call, fail);
  };
  void start().catch((error: unknown) => fail(`Grapevine could not start: ${String(error)}`));
}
