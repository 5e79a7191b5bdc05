// The browsers the cross-engine journeys run in, driven by puppeteer-core (it never downloads
// a browser) over WebDriver BiDi: Debian's Firefox ESR, and Debian's Chromium through the same
// code and protocol, so a difference between engines fails in exactly one of them. (Over CDP,
// Chromium's ARIA queries do not reach a modal `<dialog>` on the top layer from its host.)
import { existsSync } from 'node:fs';
import puppeteer, { type Browser, type LaunchOptions } from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from '../../../../scripts/chromium.mjs';

export type EngineName = 'firefox' | 'chromium';

export interface Engine {
  name: EngineName;
  /** The executable, or undefined when it is not installed. */
  executablePath(): string | undefined;
  /** What to do when it is missing. */
  installHint: string;
  options: LaunchOptions;
}

/** Where Debian installs Firefox ESR (`FIREFOX_PATH` overrides it). */
export function firefoxPath(): string | undefined {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'];
  return candidates.find((candidate) => candidate && existsSync(candidate));
}

export const ENGINES: Record<EngineName, Engine> = {
  firefox: {
    name: 'firefox',
    executablePath: firefoxPath,
    installHint: "install Debian's firefox-esr (apt-get install firefox-esr) or set FIREFOX_PATH",
    options: {
      browser: 'firefox',
      protocol: 'webDriverBiDi',
      // Fewer background requests on a machine without internet.
      extraPrefsFirefox: {
        'browser.safebrowsing.update.enabled': false,
        'network.captive-portal-service.enabled': false,
        'network.connectivity-service.enabled': false,
      },
    },
  },
  chromium: {
    name: 'chromium',
    executablePath: chromiumPath,
    installHint: "install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH",
    options: { browser: 'chrome', protocol: 'webDriverBiDi', args: chromiumArgs },
  },
};

/**
 * The engines to run: `GRAPEVINE_E2E_ENGINES` (comma-separated), by default both.
 * @example GRAPEVINE_E2E_ENGINES=firefox node scripts/firefox.mjs
 */
export function selectedEngines(): Engine[] {
  const names = (process.env.GRAPEVINE_E2E_ENGINES ?? 'firefox,chromium')
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  return names.map((name) => {
    const engine = ENGINES[name as EngineName];
    if (!engine) throw new Error(`GRAPEVINE_E2E_ENGINES: unknown engine "${name}"`);
    return engine;
  });
}

/** Starts the engine headless with a fresh temporary profile (removed on close). */
export async function launch(engine: Engine): Promise<Browser> {
  const executablePath = engine.executablePath();
  if (!executablePath) throw new Error(`${engine.name} not found: ${engine.installHint}.`);
  return puppeteer.launch({
    ...engine.options,
    executablePath,
    headless: true,
    defaultViewport: null,
    // Journeys wait for the prompt themselves; this bounds a browser that never starts.
    timeout: 60_000,
  });
}
