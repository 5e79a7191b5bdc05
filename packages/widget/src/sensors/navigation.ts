// SPA navigation: a single-page app changes the URL without a page load. The Navigation API
// reports every same-document change; older browsers get history patching, installed once
// per page however many Grapevine instances run, and removed when the last one stops.

type HistoryMethod = 'pushState' | 'replaceState';
type Patched = History[HistoryMethod] & {
  grapevineListeners?: Set<() => void>;
  grapevineOriginal?: History[HistoryMethod];
};

/** Calls `onNavigate(href)` whenever the path or query changes. Returns the stop function. */
export function watchNavigation(win: Window, onNavigate: (href: string) => void): () => void {
  const pageOf = (href: string): string => href.split('#')[0] ?? href;
  let last = pageOf(win.location.href);
  const check = (): void => {
    const page = pageOf(win.location.href);
    if (page === last) return;
    last = page;
    onNavigate(win.location.href);
  };

  const navigation = (win as Window & { navigation?: EventTarget }).navigation;
  if (navigation?.addEventListener) {
    navigation.addEventListener('currententrychange', check);
    return () => navigation.removeEventListener('currententrychange', check);
  }

  const stops = (['pushState', 'replaceState'] as const).map((method) =>
    listenToHistory(win.history, method, check),
  );
  win.addEventListener('popstate', check);
  return () => {
    for (const stop of stops) stop();
    win.removeEventListener('popstate', check);
  };
}

function listenToHistory(history: History, method: HistoryMethod, listener: () => void) {
  let patched = history[method] as Patched;
  if (!patched.grapevineListeners) {
    const original = patched;
    const listeners = new Set<() => void>();
    patched = function (this: History, ...args: Parameters<History[HistoryMethod]>) {
      const result = original.apply(this, args);
      for (const notify of listeners) notify();
      return result;
    };
    patched.grapevineListeners = listeners;
    patched.grapevineOriginal = original;
    history[method] = patched;
  }
  const listeners = patched.grapevineListeners;
  listeners?.add(listener);
  return () => {
    listeners?.delete(listener);
    // Restore only if nobody patched on top of us in the meantime.
    if (listeners?.size === 0 && history[method] === patched && patched.grapevineOriginal) {
      history[method] = patched.grapevineOriginal;
    }
  };
}
