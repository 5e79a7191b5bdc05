// The frame on the top layer: the fallback without it, Escape and `cancel` handled once,
// the page's scroll locked and restored, focus that never scrolls, the visual viewport.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fitViewport } from '../../src/ui/fit-viewport.js';
import { HOST_TAG } from '../../src/ui/host-element.js';
import { lockScroll } from '../../src/ui/scroll-lock.js';
import { EXIT_MS } from '../../src/ui/show-prompt.js';
import { callbacks, get, key, request, show } from './fixtures.js';

afterEach(() => {
  document.body.replaceChildren();
  document.documentElement.removeAttribute('style');
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('the prompt frame on the top layer', () => {
  it('without showModal (older engines) stays fixed in the host at its z-index, dimming itself', async () => {
    vi.spyOn(HTMLDialogElement.prototype, 'showModal').mockImplementation(() => {
      throw new TypeError('showModal is not a function');
    });
    const calls = callbacks();
    await show(request({ zIndex: 2147483647 }), calls);
    const frame = get<HTMLDialogElement>('.frame');
    expect(frame.hasAttribute('data-flat')).toBe(true);
    expect(document.querySelector<HTMLElement>(HOST_TAG)?.style.zIndex).toBe('2147483647');
    key(frame, 'Escape');
    expect(calls.onDismiss).toHaveBeenCalledOnce();
  });

  it('Escape is handled once: the keydown is cancelled, so the dialog sends no cancel too', async () => {
    const calls = callbacks();
    await show(request(), calls);
    const press = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
    get('.frame').dispatchEvent(press);
    expect(press.defaultPrevented).toBe(true);
    expect(calls.onDismiss).toHaveBeenCalledOnce();
  });

  it.each([
    ['Escape', 0],
    ['Unidentified', 27],
  ])('Escape dismisses (key %j, keyCode %i)', async (name, keyCode) => {
    const calls = callbacks();
    await show(request({ placement: 'corner' }), calls);
    key(get('.frame'), name, { keyCode });
    expect(calls.onDismiss).toHaveBeenCalledOnce();
  });

  it("the dialog's cancel (a back gesture) dismisses once and keeps the dialog for the exit motion", async () => {
    vi.useFakeTimers();
    const calls = callbacks();
    await show(request(), calls);
    const frame = get<HTMLDialogElement>('.frame');
    const cancel = new Event('cancel', { cancelable: true });
    frame.dispatchEvent(cancel);
    expect(cancel.defaultPrevented).toBe(true);
    key(frame, 'Escape');
    expect(calls.onDismiss).toHaveBeenCalledOnce();
    await vi.advanceTimersByTimeAsync(EXIT_MS);
    expect(calls.onClosed).toHaveBeenCalledOnce();
  });

  it('a modal locks the page scroll and restores the root style and position on close', async () => {
    vi.useFakeTimers();
    const scrollTo = vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
    document.documentElement.style.cssText = 'color: rebeccapurple; overflow: auto';
    const calls = callbacks();
    await show(request(), calls);
    const root = document.documentElement.style;
    expect([root.getPropertyValue('overflow'), root.getPropertyPriority('overflow')]).toEqual([
      'clip',
      'important',
    ]);
    get('.x').click();
    await vi.advanceTimersByTimeAsync(EXIT_MS);
    expect(root.cssText).toBe('color: rebeccapurple; overflow: auto;');
    expect(scrollTo).toHaveBeenCalledWith({ left: 0, top: 0, behavior: 'instant' });
  });

  it('a corner card leaves the page scrolling', async () => {
    await show(request({ placement: 'corner' }), callbacks());
    expect(document.documentElement.style.overflow).toBe('');
  });

  it('moves focus without scrolling, into the dialog and back to the opener', async () => {
    vi.useFakeTimers();
    const opener = document.createElement('button');
    document.body.append(opener);
    opener.focus();
    const focus = vi.spyOn(HTMLElement.prototype, 'focus');
    await show(request(), callbacks());
    get('.x').click();
    await vi.advanceTimersByTimeAsync(EXIT_MS);
    expect(document.activeElement).toBe(opener);
    expect(focus.mock.contexts.map((element) => (element as Element).localName)).toEqual([
      'dialog',
      'button',
    ]);
    expect(focus.mock.calls).toEqual([[{ preventScroll: true }], [{ preventScroll: true }]]);
  });
});

/** A visual viewport that can be moved and zoomed, as a phone's. */
function fakeViewport(box: Partial<VisualViewport>) {
  const target = new EventTarget();
  const viewport = Object.assign(target, {
    offsetLeft: 0,
    offsetTop: 0,
    width: 360,
    height: 740,
    scale: 1,
    ...box,
  });
  const root = document.createElement('html');
  Object.defineProperty(root, 'clientWidth', { value: 345 });
  const view = {
    visualViewport: viewport,
    innerWidth: 360,
    outerWidth: 360,
    document: { documentElement: root },
  };
  return { viewport, view: view as unknown as Window };
}

describe('fitViewport', () => {
  it.each([
    // A page wider than the phone: the frame covers the visible 360 px, not the 440 px.
    [{ width: 360, height: 740, scale: 1 }, '0px', '360px', '740px', 'scale(1)'],
    // No viewport meta tag: 980 px zoomed out to 360 px, drawn at the inverse zoom.
    [{ width: 980, height: 2014, scale: 360 / 980 }, '0px', '360px', '739.86px', 'scale(2.72222)'],
    // The shopper zoomed in: left alone, the frame is the visible part.
    [{ width: 180, height: 370, scale: 2, offsetLeft: 90 }, '90px', '180px', '370px', 'scale(1)'],
  ])('%j → left %s, %s × %s, %s', (box, left, width, height, transform) => {
    const frame = document.createElement('div');
    const { view } = fakeViewport(box);
    fitViewport(frame, view);
    expect(frame.style.left).toBe(left);
    expect(frame.style.width).toBe(width);
    expect(Number.parseFloat(frame.style.height)).toBeCloseTo(Number.parseFloat(height), 1);
    expect(frame.style.transform.replace(/(\.\d{5})\d+/, '$1')).toBe(transform);
  });

  it('lets a modal reach over the classic scrollbar gutter the scroll lock keeps (15 px here)', () => {
    const frame = document.createElement('div');
    const { view } = fakeViewport({ width: 345 });
    fitViewport(frame, view, true);
    expect([frame.style.width, frame.style.getPropertyValue('--g')]).toEqual(['360px', '15px']);
    fitViewport(frame, view);
    expect([frame.style.width, frame.style.getPropertyValue('--g')]).toEqual(['345px', '0px']);
  });

  it('takes no gutter on a phone whose layout viewport grew with a wide page (innerWidth beyond outerWidth)', () => {
    const frame = document.createElement('div');
    const { view } = fakeViewport({ width: 345 });
    Object.assign(view, { innerWidth: 408, outerWidth: 390 });
    fitViewport(frame, view, true);
    expect([frame.style.width, frame.style.getPropertyValue('--g')]).toEqual(['345px', '0px']);
  });

  it('follows the visual viewport as it scrolls and resizes (an on-screen keyboard), until undone', () => {
    const frame = document.createElement('div');
    const { viewport, view } = fakeViewport({});
    const unfit = fitViewport(frame, view);
    Object.assign(viewport, { offsetTop: 120, height: 400 });
    viewport.dispatchEvent(new Event('resize'));
    expect([frame.style.top, frame.style.height]).toEqual(['120px', '400px']);
    unfit();
    Object.assign(viewport, { offsetTop: 0 });
    viewport.dispatchEvent(new Event('scroll'));
    expect(frame.style.top).toBe('120px');
  });
});

describe('lockScroll', () => {
  const fakeView = (innerWidth: number, clientWidth: number) => {
    const root = document.createElement('html');
    Object.defineProperty(root, 'clientWidth', { value: clientWidth });
    const scrollTo = vi.fn();
    const view = {
      document: { documentElement: root },
      innerWidth,
      scrollX: 0,
      scrollY: 1500,
      scrollTo,
    } as unknown as Window;
    return { root, scrollTo, view };
  };

  it('keeps the classic scrollbar gutter, so nothing shifts sideways', () => {
    const { root, view } = fakeView(1280, 1265);
    lockScroll(view);
    expect(root.style.getPropertyValue('scrollbar-gutter')).toBe('stable');
  });

  it('adds no gutter where there was no scrollbar (overlay scrollbars, app shells)', () => {
    const { root, view } = fakeView(390, 390);
    lockScroll(view);
    expect(root.style.getPropertyValue('scrollbar-gutter')).toBe('');
    expect(root.style.getPropertyValue('overflow')).toBe('clip');
  });

  it('restores the position at once, whatever the page moved meanwhile', () => {
    const { root, scrollTo, view } = fakeView(1280, 1265);
    root.style.setProperty('scroll-behavior', 'smooth');
    const unlock = lockScroll(view);
    Object.assign(view, { scrollY: 0 });
    unlock();
    expect(scrollTo).toHaveBeenCalledWith({ left: 0, top: 1500, behavior: 'instant' });
    expect(root.style.cssText).toBe('scroll-behavior: smooth;');
  });

  it('unlocks without throwing in a window already torn down (no scrollTo left)', () => {
    const { root, view } = fakeView(1280, 1265);
    const unlock = lockScroll(view);
    Object.assign(view, { scrollTo: undefined });
    expect(unlock).not.toThrow();
    expect(root.style.cssText).toBe('');
  });
});
