import { afterEach, describe, expect, it, vi } from 'vitest';
import { HOST_TAG } from '../../src/ui/host-element.js';
import { mountPrompt } from '../../src/ui/index.js';
import { EXIT_MS } from '../../src/ui/show-prompt.js';
import { callbacks, get, key, request, settle, shadow, show } from './fixtures.js';

afterEach(() => {
  document.body.replaceChildren();
  vi.useRealTimers();
});

describe('mountPrompt', () => {
  it('adds one neutral host at the end of body with an open shadow root and leaves head alone', async () => {
    const headBefore = document.head.innerHTML;
    document.body.append(document.createElement('main'));
    const calls = callbacks();
    await show(request(), calls);
    const host = document.body.lastElementChild as HTMLElement;
    expect(host.localName).toBe(HOST_TAG);
    expect(host.shadowRoot?.mode).toBe('open');
    expect(host.className).toBe('');
    expect(host.id).toBe('');
    expect(document.head.innerHTML).toBe(headBefore);
    expect(calls.onShown).toHaveBeenCalledOnce();
  });

  it('sets critical host styles inline with !important, including the z-index', async () => {
    await show(request({ zIndex: 4242 }), callbacks());
    const host = document.querySelector<HTMLElement>(HOST_TAG);
    expect(host?.style.getPropertyValue('z-index')).toBe('4242');
    expect(host?.style.getPropertyPriority('z-index')).toBe('important');
    expect(host?.style.getPropertyPriority('display')).toBe('important');
    expect(host?.style.getPropertyValue('display')).toBe('block');
  });

  it('styles the shadow root through an adopted stylesheet', async () => {
    await show(request(), callbacks());
    // The shell's sheet and the NPS view's.
    expect(shadow().adoptedStyleSheets).toHaveLength(2);
    expect(shadow().querySelector('style')).toBeNull();
  });

  it('falls back to a <style nonce> inside the shadow root without constructable stylesheets', async () => {
    vi.stubGlobal('CSSStyleSheet', undefined);
    await show(request({ nonce: 'r4nd0m' }), callbacks());
    const style = shadow().querySelector('style');
    expect(style?.nonce).toBe('r4nd0m');
    expect(style?.textContent).toContain('.card');
    expect(document.head.querySelector('style')).toBeNull();
  });

  it('is a labelled modal <dialog>, shown with showModal(), that takes focus', async () => {
    await show(request(), callbacks());
    const dialog = get<HTMLDialogElement>('.frame');
    expect(dialog.localName).toBe('dialog');
    expect(dialog.open).toBe(true);
    expect(dialog.getAttribute('role')).toBe('dialog');
    expect(get('#gv-title').textContent).toContain('Acme Tea');
    expect(dialog.getAttribute('aria-labelledby')).toBe('gv-title');
    expect(shadow().activeElement).toBe(dialog);
  });

  it('renders a corner card that is not modal and does not take focus', async () => {
    const button = document.createElement('button');
    document.body.append(button);
    button.focus();
    await show(request({ placement: 'corner' }), callbacks());
    await settle();
    const card = get('.frame');
    expect(card.localName).toBe('div');
    expect(card.getAttribute('role')).toBe('dialog');
    expect(card.getAttribute('popover')).toBe('manual');
    expect(card.hasAttribute('aria-modal')).toBe(false);
    expect(card.hasAttribute('data-modal')).toBe(false);
    expect(document.activeElement).toBe(button);
  });

  it('announces a corner card through a polite live region', async () => {
    vi.useFakeTimers();
    await show(request({ placement: 'corner' }), callbacks());
    await vi.advanceTimersByTimeAsync(200);
    expect(get('[role=status]').textContent).toContain('How likely are you to recommend Acme Tea');
  });

  it('Escape dismisses, then the prompt leaves and focus returns to the opener', async () => {
    vi.useFakeTimers();
    const opener = document.createElement('button');
    document.body.append(opener);
    opener.focus();
    const calls = callbacks();
    await show(request(), calls);
    key(get('.frame'), 'Escape');
    expect(calls.onDismiss).toHaveBeenCalledOnce();
    expect(calls.onClosed).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(EXIT_MS);
    expect(calls.onClosed).toHaveBeenCalledOnce();
    expect(document.querySelector(HOST_TAG)).toBeNull();
    expect(document.activeElement).toBe(opener);
  });

  it('returns focus to request.returnFocus when given', async () => {
    vi.useFakeTimers();
    const other = document.createElement('a');
    other.href = '#x';
    document.body.append(other);
    const calls = callbacks();
    await show(request({ returnFocus: other }), calls);
    get<HTMLButtonElement>('.x').click();
    await vi.advanceTimersByTimeAsync(EXIT_MS);
    expect(calls.onDismiss).toHaveBeenCalledOnce();
    expect(document.activeElement).toBe(other);
  });

  it('a click on the backdrop dismisses the modal, a click in the card does not', async () => {
    const calls = callbacks();
    await show(request(), calls);
    get('.card').click();
    expect(calls.onDismiss).not.toHaveBeenCalled();
    get('.frame').click();
    expect(calls.onDismiss).toHaveBeenCalledOnce();
  });

  // WebKitGTK reports Tab as key "Unidentified" with keyCode 9.
  it.each([
    ['Tab', 0],
    ['Unidentified', 9],
  ])('keeps Tab inside the modal (key %j, keyCode %i)', async (name, keyCode) => {
    await show(request(), callbacks());
    const close = get<HTMLButtonElement>('.x');
    const first = get('[data-score="0"]');
    const press = (target: Element, shiftKey: boolean) => {
      const event = new KeyboardEvent('keydown', {
        key: name,
        keyCode,
        shiftKey,
        bubbles: true,
        cancelable: true,
      });
      target.dispatchEvent(event);
      return event.defaultPrevented;
    };
    // Shift+Tab from the dialog itself (focused on open) and from the first control: the last.
    expect(press(get('.frame'), true)).toBe(true);
    expect(shadow().activeElement).toBe(close);
    first.focus();
    expect(press(first, true)).toBe(true);
    expect(shadow().activeElement).toBe(close);
    // Tab from the last control: the first.
    expect(press(close, false)).toBe(true);
    expect(shadow().activeElement).toBe(first);
    // Tab between controls is the browser's.
    expect(press(first, false)).toBe(false);
  });

  it('destroy() removes the prompt at once without callbacks', async () => {
    const calls = callbacks();
    const prompt = await show(request(), calls);
    prompt.destroy();
    expect(document.querySelector(HOST_TAG)).toBeNull();
    expect(calls.onDismiss).not.toHaveBeenCalled();
    expect(calls.onClosed).not.toHaveBeenCalled();
  });

  it('a throwing callback is reported, not thrown into the page', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const calls = callbacks();
    calls.onDismiss.mockImplementation(() => {
      throw new Error('runtime bug');
    });
    await show(request(), calls);
    expect(() => get('.x').click()).not.toThrow();
    expect(error).toHaveBeenCalledWith('[grapevine] onDismiss failed:', expect.any(Error));
  });

  it('a kind it cannot show is reported and ends with onClosed', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const calls = callbacks();
    mountPrompt(request({ kind: 'quiz' as never }), calls);
    await settle();
    expect(error).toHaveBeenCalledWith(
      '[grapevine] the prompt could not be shown: unknown kind "quiz"',
    );
    expect(calls.onClosed).toHaveBeenCalledOnce();
    expect(document.querySelector(HOST_TAG)).toBeNull();
  });
});
