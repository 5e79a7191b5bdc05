// The runtime's sensors: armed only for the triggers that need one, once their lazily loaded
// chunk (src/sensors/watch-triggers.ts) has arrived, and never after they were disarmed.
import type { Config, Trigger } from '@grapevine/core';
import { describe, expect, it, vi } from 'vitest';
import { armSensors, signalRetention } from '../../src/runtime/sensors.js';

/** A window whose listeners are recorded: what the sensors armed is visible. */
function fakeWindow() {
  const listening = new Set<string>();
  const observers: IntersectionObserverCallback[] = [];
  const recorded = (target: EventTarget) => ({
    addEventListener(type: string, listener: EventListener, options?: AddEventListenerOptions) {
      listening.add(type);
      target.addEventListener(type, listener, options);
    },
    removeEventListener(type: string, listener: EventListener, options?: EventListenerOptions) {
      listening.delete(type);
      target.removeEventListener(type, listener, options);
    },
    dispatchEvent: (event: Event) => target.dispatchEvent(event),
  });
  const document = {
    ...recorded(new EventTarget()),
    documentElement: { scrollHeight: 2000 },
    querySelectorAll: (selector: string) => (selector === '.reviews' ? [{}] : []),
  };
  class Observer {
    constructor(callback: IntersectionObserverCallback) {
      observers.push(callback);
      listening.add('intersection');
    }
    observe() {}
    disconnect() {
      listening.delete('intersection');
    }
  }
  const win = {
    ...recorded(new EventTarget()),
    scrollY: 1000,
    innerHeight: 1000,
    document,
    matchMedia: () => ({ matches: true }),
    IntersectionObserver: Observer,
  };
  return { win: win as unknown as Window, document, listening, observers };
}

const config = (...triggers: Trigger[]): Config =>
  ({ campaigns: [{ id: 'c', kind: 'nps', triggers }] }) as unknown as Config;

function arm(triggers: Trigger[]) {
  const fake = fakeWindow();
  const signals = vi.fn();
  const activity = vi.fn();
  const report = vi.fn();
  const disarm = armSensors(fake.win, config(...triggers), signals, activity, report);
  return { ...fake, signals, activity, report, disarm };
}

describe('armSensors', () => {
  it.each([
    {
      trigger: { type: 'scroll-depth', percent: 90 },
      listens: 'scroll',
      fire: (page: ReturnType<typeof arm>) => page.win.dispatchEvent(new Event('scroll')),
      signal: { type: 'scroll-depth', props: { percent: 90 } },
    },
    {
      trigger: { type: 'exit-intent' },
      listens: 'mouseout',
      fire: (page: ReturnType<typeof arm>) =>
        page.document.dispatchEvent(new MouseEvent('mouseout', { clientY: -1 })),
      signal: { type: 'exit-intent' },
    },
    {
      trigger: { type: 'element-visible', selector: '.reviews' },
      listens: 'intersection',
      fire: (page: ReturnType<typeof arm>) =>
        page.observers[0]?.(
          [{ isIntersecting: true } as IntersectionObserverEntry],
          {} as IntersectionObserver,
        ),
      signal: { type: 'element-visible', name: '.reviews' },
    },
  ] as const)('$trigger.type: arms once loaded, signals, and disarms', async (row) => {
    const page = arm([row.trigger as Trigger]);
    await vi.waitFor(() => expect(page.listening).toContain(row.listens));
    row.fire(page);
    expect(page.signals).toHaveBeenCalledWith(row.signal);
    page.disarm();
    expect(page.listening.size).toBe(0);
    expect(page.report).not.toHaveBeenCalled();
  });

  it('idle: reports input times, not signals', async () => {
    const page = arm([{ type: 'idle', duration: 30_000 } as Trigger]);
    await vi.waitFor(() => expect(page.listening).toContain('keydown'));
    page.win.dispatchEvent(new Event('keydown'));
    expect(page.activity).toHaveBeenCalledTimes(1);
    expect(page.signals).not.toHaveBeenCalled();
    page.disarm();
    expect(page.listening.size).toBe(0);
  });

  it('arms nothing (and loads nothing) for triggers no sensor reports', async () => {
    const page = arm([
      { type: 'purchase' },
      { type: 'pageview' },
      { type: 'time-on-page', duration: 5000 },
    ] as Trigger[]);
    // A page with a sensed trigger, armed after it: once it listens, the other had its chance.
    const control = arm([{ type: 'scroll-depth', percent: 50 } as Trigger]);
    await vi.waitFor(() => expect(control.listening).toContain('scroll'));
    expect(page.listening.size).toBe(0);
    control.disarm();
  });

  it('a page disarmed before the sensors arrived never arms them', async () => {
    const gone = arm([{ type: 'exit-intent' } as Trigger]);
    gone.disarm();
    const control = arm([{ type: 'exit-intent' } as Trigger]);
    await vi.waitFor(() => expect(control.listening).toContain('mouseout'));
    expect(gone.listening.size).toBe(0);
    control.disarm();
  });
});

describe('signalRetention', () => {
  it.each([
    [[{ type: 'purchase' }], 0],
    [
      [
        { type: 'event', name: 'a', scope: { persistFor: 60_000 } },
        { type: 'purchase', scope: { persistFor: 3_600_000 } },
      ],
      3_600_000,
    ],
  ])('%j keeps signals %i ms', (triggers, retention) => {
    expect(signalRetention(config(...(triggers as Trigger[])))).toBe(retention);
  });
});
