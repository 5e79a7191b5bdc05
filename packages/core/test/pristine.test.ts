import { afterEach, describe, expect, it } from 'vitest';
import { stringifyJson, withoutInheritedKeys } from '../src/index.js';
import { pollute } from './pollute.js';

let undo = (): void => {};
afterEach(() => undo());

describe('stringifyJson', () => {
  const value = { list: [1, [2, { deep: ['x'] }]], empty: [], text: 'a', n: null };

  it('writes what JSON.stringify writes on a clean page', () => {
    expect(stringifyJson(value)).toBe(JSON.stringify(value));
    expect(stringifyJson([1, 'two'])).toBe('[1,"two"]');
  });

  it('ignores a Prototype.js Array#toJSON, at the root and nested', () => {
    const clean = JSON.stringify(value);
    undo = pollute();
    expect(JSON.stringify([1])).toBe('"[1]"'); // the pollution is real
    expect(stringifyJson(value)).toBe(clean);
    expect(stringifyJson([1, [2]])).toBe('[1,[2]]');
    expect(JSON.parse(stringifyJson(value))).toEqual(value);
  });

  it('ignores a toJSON on Object.prototype too', () => {
    const proto = Object.prototype as { toJSON?: () => string };
    proto.toJSON = () => 'polluted';
    try {
      expect(stringifyJson({ a: { b: 1 } })).toBe('{"a":{"b":1}}');
    } finally {
      delete proto.toJSON;
    }
  });
});

describe('withoutInheritedKeys', () => {
  const keysOf = (object: object): string[] => {
    const keys: string[] = [];
    for (const key in object) keys.push(key);
    return keys;
  };

  it('hides enumerable additions to Object.prototype while the check runs, then restores them', () => {
    undo = pollute();
    expect(keysOf({ a: 1 })).toEqual(['a', 'each']);
    const seen = withoutInheritedKeys(() => keysOf({ a: 1 }));
    expect(seen).toEqual(['a']);
    expect(keysOf({ a: 1 })).toEqual(['a', 'each']);
    expect(Object.getOwnPropertyDescriptor(Object.prototype, 'each')?.enumerable).toBe(true);
  });

  it('restores them when the check throws', () => {
    undo = pollute();
    expect(() =>
      withoutInheritedKeys(() => {
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(keysOf({})).toEqual(['each']);
  });
});
