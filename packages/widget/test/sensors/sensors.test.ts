import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchActivity } from '../../src/sensors/activity.js';
import { watchElementVisible } from '../../src/sensors/element-visible.js';
import { watchExitIntent } from '../../src/sensors/exit-intent.js';
import { watchScrollDepth } from '../../src/sensors/scroll-depth.js';

afterEach(() => {
  document.body.innerHTML = '';
});

function withMedia(matches: boolean): Window {
  const fake = Object.create(window) as Window;
  Object.defineProperty(fake, 'matchMedia', {
    value: () => ({ matches }),
  });
  Object.defineProperty(fake, 'document', { value: document });
  return fake;
}

describe('watchExitIntent', () => {
  it('fires when the pointer leaves through the top on desktop', () => {
    const seen = vi.fn();
    const stop = watchExitIntent(withMedia(true), seen);
    document.dispatchEvent(new MouseEvent('mouseout', { clientY: 200, relatedTarget: null }));
    document.dispatchEvent(
      new MouseEvent('mouseout', { clientY: 0, relatedTarget: document.body }),
    );
    document.dispatchEvent(new MouseEvent('mouseout', { clientY: -3, relatedTarget: null }));
    stop();
    document.dispatchEvent(new MouseEvent('mouseout', { clientY: -3, relatedTarget: null }));
    expect(seen).toHaveBeenCalledTimes(1);
  });

  it('arms nothing on touch devices', () => {
    const seen = vi.fn();
    watchExitIntent(withMedia(false), seen)();
    document.dispatchEvent(new MouseEvent('mouseout', { clientY: -3, relatedTarget: null }));
    expect(seen).not.toHaveBeenCalled();
  });
});

describe('watchScrollDepth', () => {
  it('reports each threshold once, in order, as the visitor scrolls', () => {
    const page = { scrollY: 0, innerHeight: 1000, height: 4000 };
    const target = new EventTarget();
    const fake = {
      get scrollY() {
        return page.scrollY;
      },
      innerHeight: page.innerHeight,
      document: { documentElement: { scrollHeight: page.height } },
      addEventListener: target.addEventListener.bind(target),
      removeEventListener: target.removeEventListener.bind(target),
    } as unknown as Window;
    const seen = vi.fn();
    const stop = watchScrollDepth(fake, [75, 50, 100], seen);
    page.scrollY = 1000; // 50 %
    target.dispatchEvent(new Event('scroll'));
    target.dispatchEvent(new Event('scroll'));
    page.scrollY = 3000; // 100 %
    target.dispatchEvent(new Event('scroll'));
    stop();
    expect(seen.mock.calls.map(([percent]) => percent)).toEqual([50, 75, 100]);
  });
});

describe('watchElementVisible', () => {
  it('reports a selector once when a matching element intersects', () => {
    document.body.innerHTML = '<footer class="reviews"></footer>';
    const observers: Array<{ callback: IntersectionObserverCallback; disconnected: boolean }> = [];
    class FakeObserver {
      record: { callback: IntersectionObserverCallback; disconnected: boolean };
      constructor(callback: IntersectionObserverCallback) {
        this.record = { callback, disconnected: false };
        observers.push(this.record);
      }
      observe() {}
      disconnect() {
        this.record.disconnected = true;
      }
    }
    const fake = Object.create(window) as Window;
    Object.defineProperty(fake, 'IntersectionObserver', { value: FakeObserver });
    Object.defineProperty(fake, 'document', { value: document });
    const seen = vi.fn();
    const stop = watchElementVisible(fake, ['.reviews', '.missing', '[[bad'], seen);
    expect(observers).toHaveLength(1);
    const fire = (isIntersecting: boolean) =>
      observers[0]?.callback(
        [{ isIntersecting } as IntersectionObserverEntry],
        {} as IntersectionObserver,
      );
    fire(false);
    fire(true);
    expect(seen).toHaveBeenCalledWith('.reviews');
    expect(observers[0]?.disconnected).toBe(true);
    stop();
  });
});

describe('watchActivity', () => {
  it('reports input at most once a second', () => {
    const seen = vi.fn();
    const stop = watchActivity(window, seen);
    window.dispatchEvent(new Event('keydown'));
    window.dispatchEvent(new Event('keydown'));
    expect(seen).toHaveBeenCalledTimes(1);
    stop();
    window.dispatchEvent(new Event('pointerdown'));
    expect(seen).toHaveBeenCalledTimes(1);
  });
});
