import { describe, expect, it } from 'vitest';
import {
  ContractError,
  decodeAdvocateHeader,
  encodeAdvocateHeader,
} from '../../src/contract/index.js';

describe('advocate header', () => {
  it('round-trips non-Latin-1 names and emails as a valid header value', () => {
    const advocate = { id: 'c1', email: 'åse@例え.jp', name: 'Åse 太郎', signedAt: 5 };
    const value = encodeAdvocateHeader(advocate);
    expect(() => new Headers({ 'x-test': value })).not.toThrow();
    expect(decodeAdvocateHeader(value)).toEqual(advocate);
  });

  it.each([
    ['missing', null],
    ['not URI-encoded', '%E0%A4%A'],
    ['not JSON', 'hello'],
    ['a bad signature', encodeURIComponent(JSON.stringify({ id: 'c1', signature: 'nothex' }))],
  ])('throws a ContractError when %s', (_case, value) => {
    expect(() => decodeAdvocateHeader(value)).toThrow(ContractError);
  });
});
