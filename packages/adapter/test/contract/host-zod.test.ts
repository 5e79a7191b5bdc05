// The contract shares zod with the host app (one page-wide `z.config`): importing and using
// it must neither change that config nor evaluate code a strict CSP would report.
import { describe, expect, it } from 'vitest';
import * as zod from 'zod';

describe('the contract and the host app’s zod', () => {
  it('leaves z.config as it was and never calls `new Function`, from import to parse', async () => {
    const before = { ...zod.config() };
    const made: unknown[] = [];
    const original = globalThis.Function;
    globalThis.Function = new Proxy(original, {
      construct(target, args) {
        made.push(args);
        return Reflect.construct(target, args);
      },
    });
    try {
      const contract = await import('../../src/contract/index.js');
      const checked = contract.checkContract(
        contract.referralRequestSchema,
        { advocate: { id: 'a1' } },
        'test',
      );
      expect(checked.ok).toBe(true);
      expect(made).toEqual([]);
      expect({ ...zod.config() }).toStrictEqual(before);
      // The spy sees a probe: the host's own (classic) zod object, built with the JIT on.
      zod.object({ a: zod.string() }).parse({ a: 'x' });
      expect(made.length).toBeGreaterThan(0);
    } finally {
      globalThis.Function = original;
    }
  });
});
