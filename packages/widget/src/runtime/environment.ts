// Facts about the page the runtime hands to core as data.
import type { Device } from '@grapevine/core';

/** The locale: the option, then `<html lang>`, then the browser's, then English. */
export function resolveLocale(option: string | undefined, win: Window | undefined): string {
  const candidates = [option, win?.document.documentElement.lang, win?.navigator.language];
  for (const candidate of candidates) {
    if (!candidate) continue;
    try {
      return Intl.getCanonicalLocales(candidate)[0] ?? 'en';
    } catch {
      // Not a valid BCP 47 tag: try the next source.
    }
  }
  return 'en';
}

/** The device class: phones by a narrow coarse-pointer screen, tablets by a wider one. */
export function deviceOf(win: Window | undefined): Device {
  if (!win?.matchMedia?.('(pointer: coarse)').matches) return 'desktop';
  return Math.min(win.screen.width, win.screen.height) < 600 ? 'mobile' : 'tablet';
}

/** `?grapevine_debug=1` in the page URL. */
export function debugRequested(href: string): boolean {
  try {
    return new URL(href).searchParams.get('grapevine_debug') === '1';
  } catch {
    return false;
  }
}

/** Calls `fn` when the browser is idle (or soon, where `requestIdleCallback` is missing). */
export function whenIdle(win: Window, fn: () => void): void {
  if (typeof win.requestIdleCallback === 'function') win.requestIdleCallback(fn, { timeout: 2000 });
  else setTimeout(fn, 1);
}

/**
 * Sends what is stored when the page may be going away (hidden, `pagehide`) or the network
 * is back, and gives the lease back on `pagehide`. Returns the function that stops it.
 */
export function watchPageLifecycle(
  win: Window,
  on: { flush(): void; release(): void },
): () => void {
  const onHide = (): void => {
    if (win.document.visibilityState === 'hidden') on.flush();
  };
  const onPageHide = (): void => {
    on.flush();
    on.release();
  };
  const onOnline = (): void => on.flush();
  win.addEventListener('pagehide', onPageHide);
  win.addEventListener('online', onOnline);
  win.document.addEventListener('visibilitychange', onHide);
  return () => {
    win.removeEventListener('pagehide', onPageHide);
    win.removeEventListener('online', onOnline);
    win.document.removeEventListener('visibilitychange', onHide);
  };
}
