import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchNavigation } from '../../src/sensors/navigation.js';

afterEach(() => history.replaceState(null, '', '/'));

describe('watchNavigation (history fallback)', () => {
  it('reports pushState, replaceState and popstate path changes once each, not hash changes', () => {
    const seen = vi.fn();
    const stop = watchNavigation(window, seen);
    history.pushState(null, '', '/products/1');
    history.pushState(null, '', '/products/1#reviews');
    history.replaceState(null, '', '/products/1?tab=2');
    history.replaceState(null, '', '/products/1?tab=2');
    history.pushState(null, '', '/cart');
    window.dispatchEvent(new PopStateEvent('popstate'));
    stop();
    expect(
      seen.mock.calls.map(
        ([href]) => new URL(href as string).pathname + new URL(href as string).search,
      ),
    ).toEqual(['/products/1', '/products/1?tab=2', '/cart']);
  });

  it('patches history once for several watchers and restores it when the last stops', () => {
    const original = history.pushState;
    const first = vi.fn();
    const second = vi.fn();
    const stopFirst = watchNavigation(window, first);
    const patched = history.pushState;
    const stopSecond = watchNavigation(window, second);
    expect(history.pushState).toBe(patched);
    history.pushState(null, '', '/a');
    expect(first).toHaveBeenCalledTimes(1);
    expect(second).toHaveBeenCalledTimes(1);
    stopFirst();
    history.pushState(null, '', '/b');
    expect(first).toHaveBeenCalledTimes(1);
    expect(second).toHaveBeenCalledTimes(2);
    stopSecond();
    expect(history.pushState).toBe(original);
  });

  it('leaves a router that patched on top of us alone', () => {
    const original = history.pushState;
    const stop = watchNavigation(window, () => {});
    const ours = history.pushState;
    const router = function (this: History, ...args: Parameters<History['pushState']>) {
      return ours.apply(this, args);
    };
    history.pushState = router;
    stop();
    expect(history.pushState).toBe(router);
    history.pushState = original;
  });

  it('uses the Navigation API where present', () => {
    const navigation = new EventTarget();
    const fakeWindow = {
      navigation,
      location: { href: 'https://shop.example/' },
    } as unknown as Window;
    const seen = vi.fn();
    const stop = watchNavigation(fakeWindow, seen);
    (fakeWindow.location as { href: string }).href = 'https://shop.example/next';
    navigation.dispatchEvent(new Event('currententrychange'));
    stop();
    navigation.dispatchEvent(new Event('currententrychange'));
    expect(seen).toHaveBeenCalledTimes(1);
    expect(seen).toHaveBeenCalledWith('https://shop.example/next');
  });
});
