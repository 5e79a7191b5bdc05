/**
 * Element visible: reports a selector once, the first time any element matching it enters
 * the viewport. Elements are looked up when armed; the runtime re-arms after SPA navigation.
 * Invalid selectors and browsers without IntersectionObserver arm nothing.
 */
export function watchElementVisible(
  win: Window,
  selectors: readonly string[],
  onVisible: (selector: string) => void,
): () => void {
  const Observer = (win as Window & { IntersectionObserver?: typeof IntersectionObserver })
    .IntersectionObserver;
  if (typeof Observer !== 'function') return () => {};
  const observers: IntersectionObserver[] = [];
  for (const selector of selectors) {
    let elements: NodeListOf<Element>;
    try {
      elements = win.document.querySelectorAll(selector);
    } catch {
      continue;
    }
    if (elements.length === 0) continue;
    const observer = new Observer((entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      onVisible(selector);
    });
    for (const element of elements) observer.observe(element);
    observers.push(observer);
  }
  return () => {
    for (const observer of observers) observer.disconnect();
  };
}
