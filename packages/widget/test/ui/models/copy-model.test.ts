import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { COPIED_MS, createCopyModel } from '../../../src/ui/models/copy-model.js';

const field = () => {
  const input = document.createElement('input');
  input.value = 'https://shop.example/r/ANNA20';
  document.body.append(input);
  return input;
};

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  vi.useRealTimers();
  document.body.replaceChildren();
});

describe('createCopyModel', () => {
  it('writes to the clipboard, shows "copied", then goes back to idle', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const onCopied = vi.fn();
    const copy = createCopyModel(onCopied);
    await copy.copy('https://shop.example/r/ANNA20', field());
    expect(writeText).toHaveBeenCalledWith('https://shop.example/r/ANNA20');
    expect(copy.state.value).toBe('copied');
    expect(onCopied).toHaveBeenCalledOnce();
    await vi.advanceTimersByTimeAsync(COPIED_MS);
    expect(copy.state.value).toBe('idle');
    Reflect.deleteProperty(navigator, 'clipboard');
  });

  it('selects the text when the clipboard refuses, and says how to copy', async () => {
    const writeText = vi.fn(() => Promise.reject(new DOMException('denied', 'NotAllowedError')));
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const input = field();
    const onCopied = vi.fn();
    const copy = createCopyModel(onCopied);
    await copy.copy(input.value, input);
    expect(document.activeElement).toBe(input);
    expect([input.selectionStart, input.selectionEnd]).toEqual([0, input.value.length]);
    expect(copy.state.value).toBe('manual');
    expect(onCopied).not.toHaveBeenCalled();
    Reflect.deleteProperty(navigator, 'clipboard');
  });

  it('counts a successful legacy copy command as copied', async () => {
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    const exec = vi.fn(() => true);
    Object.defineProperty(document, 'execCommand', { value: exec, configurable: true });
    const onCopied = vi.fn();
    const copy = createCopyModel(onCopied);
    await copy.copy('x', field());
    expect(exec).toHaveBeenCalledWith('copy');
    expect(copy.state.value).toBe('copied');
    expect(onCopied).toHaveBeenCalledOnce();
    Reflect.deleteProperty(document, 'execCommand');
    Reflect.deleteProperty(navigator, 'clipboard');
  });
});
