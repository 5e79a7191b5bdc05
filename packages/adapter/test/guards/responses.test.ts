// The browser-side guards must agree with the zod schemas (the source of truth): same verdict,
// same field paths, on valid fixtures and on systematic mutations of every field.
import { describe, expect, it } from 'vitest';
import { type EndpointName, endpoints } from '../../src/contract/index.js';
import type { ContractIssue } from '../../src/errors/contract-error.js';
import { check } from '../../src/guards/guard.js';
import { responseShapes } from '../../src/guards/responses.js';
import { claim, customerLedger, friendOffer, referral, stats } from '../helpers/fixtures.js';

const valid: Record<EndpointName, unknown> = {
  campaigns: { campaigns: [{ id: 'a' }, 'anything'] },
  referral,
  offer: friendOffer,
  claim,
  stats,
  ledger: customerLedger,
  events: { accepted: ['e1'], duplicates: ['e2'] },
};

type Json = unknown;
const replacements: Json[] = [
  undefined,
  null,
  42,
  -1,
  1.5,
  'x',
  '',
  true,
  [],
  {},
  'javascript:alert(1)',
  'https://ok.example/',
  '2026-13-45',
  'eur',
  'BAD CODE',
  'EUR',
];

/** Every path to a value in `value`, objects and arrays included. */
function paths(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  const out = [prefix];
  if (Array.isArray(value))
    value.forEach((item, index) => {
      out.push(...paths(item, [...prefix, index]));
    });
  else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) out.push(...paths(item, [...prefix, key]));
  }
  return out;
}

function withValue(root: Json, path: (string | number)[], replacement: Json): Json {
  if (path.length === 0) return replacement;
  const copy = structuredClone(root) as Record<string | number, Json>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, Json>;
  const last = path[path.length - 1] as string | number;
  if (replacement === undefined) delete node[last];
  else node[last] = replacement;
  return copy;
}

function guardPaths(name: EndpointName, value: Json): string[] {
  const issues: ContractIssue[] = [];
  check(responseShapes[name], value, '', issues);
  return [...new Set(issues.map((issue) => issue.path))].sort();
}

function zodPaths(name: EndpointName, value: Json): string[] {
  const result = endpoints[name].response.safeParse(value);
  if (result.success) return [];
  const found = result.error.issues.map((issue) =>
    issue.path
      .map((key, index) =>
        typeof key === 'number' ? `[${key}]` : `${index ? '.' : ''}${String(key)}`,
      )
      .join(''),
  );
  return [...new Set(found)].sort();
}

const cases = (Object.keys(valid) as EndpointName[]).flatMap((name) =>
  paths(valid[name]).flatMap((path) =>
    replacements.map((replacement) => ({ name, path, replacement })),
  ),
);

describe('response guards agree with the zod schemas', () => {
  it.each(Object.keys(valid) as EndpointName[])('accepts a valid %s response', (name) => {
    expect(guardPaths(name, valid[name])).toEqual([]);
    expect(zodPaths(name, valid[name])).toEqual([]);
  });

  it(`gives the same verdict and paths on ${cases.length} mutations`, () => {
    const disagreements = cases
      .map(({ name, path, replacement }) => {
        const value = withValue(valid[name], path, replacement);
        return {
          name,
          path: path.join('.'),
          replacement,
          guard: guardPaths(name, value),
          zod: zodPaths(name, value),
        };
      })
      .filter((result) => result.guard.join() !== result.zod.join());
    expect(disagreements).toEqual([]);
  });

  it('strips unknown fields like zod does', () => {
    const withExtra = { ...friendOffer, extra: 1, friend: { ...friendOffer.friend, more: 2 } };
    expect(check(responseShapes.offer, withExtra, '', [])).toEqual(
      endpoints.offer.response.parse(withExtra),
    );
  });
});
