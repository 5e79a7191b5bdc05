import { afterEach, describe, expect, it } from 'vitest';
import { applyTheme } from '../../../src/ui/theme/apply-theme.js';

afterEach(() => document.body.replaceChildren());

const elements = () => {
  const host = document.createElement('div');
  const root = document.createElement('div');
  document.body.append(host);
  host.attachShadow({ mode: 'open' }).append(root);
  return { host, root };
};

describe('applyTheme', () => {
  it('puts brand, radius and font on the host and the derived palette on the root', () => {
    const { host, root } = elements();
    applyTheme(host, root, { brand: '#ffd60a', radius: '6px', font: 'Inter, sans-serif' });
    expect(host.style.getPropertyValue('--gv-brand')).toBe('#ffd60a');
    expect(host.style.getPropertyValue('--gv-radius')).toBe('6px');
    expect(host.style.getPropertyValue('--gv-font')).toBe('Inter, sans-serif');
    expect(root.style.getPropertyValue('--gv-on-brand')).toBe('rgb(17 24 39)');
    expect(root.style.getPropertyValue('--b')).toBe('rgb(255 214 10)');
    expect(root.style.getPropertyValue('--gv-ink-light')).not.toBe('');
    expect(root.style.getPropertyValue('--gv-ink-dark')).not.toBe('');
  });

  it('ignores values that are not strings and leaves the defaults alone without a brand', () => {
    const { host, root } = elements();
    applyTheme(host, root, { brand: 42 as never, radius: { x: 1 } as never });
    expect(host.getAttribute('style') ?? '').toBe('');
    expect(root.getAttribute('style') ?? '').toBe('');
  });
});
