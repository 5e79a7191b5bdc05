import { describe, expect, it, vi } from 'vitest';
import { resolveOptions } from '../../src/runtime/options.js';

describe('resolveOptions', () => {
  it('fills every default', () => {
    const report = vi.fn();
    const options = resolveOptions(undefined, report);
    expect(options).toMatchObject({
      ui: true,
      consent: 'granted',
      zIndex: 2147483000,
      storageKey: 'grapevine:v1',
      timeout: 3000,
      referral: { param: 'ref', ttl: 30 * 86_400_000, touch: 'first', cleanUrl: false },
      config: { campaigns: [] },
    });
    expect(report).not.toHaveBeenCalled();
  });

  it.each([
    [
      { consent: 'yes' },
      'options.consent must be "granted", "denied" or "pending"',
      'consent',
      'granted',
    ],
    [{ ui: 'no' }, 'options.ui must be true or false', 'ui', true],
    [{ zIndex: 1.5 }, 'options.zIndex must be an integer', 'zIndex', 2147483000],
    [{ timeout: -1 }, 'options.timeout must be a duration in ms', 'timeout', 3000],
    [
      { config: { campaign: [] } },
      'options.config must be a config with a campaigns array',
      'config',
      { campaigns: [] },
    ],
    [{ backend: {} }, 'options.backend must be a Backend', 'backend', undefined],
    [{ locale: 42 }, 'options.locale must be a BCP 47 locale', 'locale', undefined],
  ])('names the bad field in %j and falls back', (input, message, key, fallback) => {
    const report = vi.fn();
    const options = resolveOptions(input, report);
    expect(report).toHaveBeenCalledWith(expect.stringContaining(message));
    expect(options[key as keyof typeof options]).toEqual(fallback);
  });

  it('names bad nested referral fields', () => {
    const report = vi.fn();
    const options = resolveOptions({ referral: { touch: 'middle', param: '' } }, report);
    expect(report).toHaveBeenCalledWith(expect.stringContaining('options.referral.touch'));
    expect(report).toHaveBeenCalledWith(expect.stringContaining('options.referral.param'));
    expect(options.referral).toMatchObject({ touch: 'first', param: 'ref' });
  });

  it('reports unknown options (typos) and a non-object', () => {
    const report = vi.fn();
    resolveOptions({ consnet: 'granted' }, report);
    expect(report).toHaveBeenCalledWith('Grapevine: options.consnet is not an option; ignored.');
    resolveOptions('granted', report);
    expect(report).toHaveBeenCalledWith('Grapevine: options must be an object.');
  });
});
