/// <reference types="node" />
// `@grapevine/adapter/http` is the browser's entry: nothing it loads at run time may import
// zod (the widget's npm path loads it lazily; zod would add ~10 kB to every prompt).
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = resolve(dirname(fileURLToPath(import.meta.url)), '../../src');

/** Every module `file` loads at run time (type-only imports left out), with bare specifiers. */
function runtimeGraph(file: string, seen = new Map<string, string[]>()): Map<string, string[]> {
  if (seen.has(file)) return seen;
  const text = readFileSync(file, 'utf8');
  const specifiers = [
    ...text.matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?from\s+'([^']+)'/gms),
  ].map((match) => match[1] ?? '');
  seen.set(file, specifiers);
  for (const specifier of specifiers) {
    if (specifier.startsWith('.')) {
      runtimeGraph(resolve(dirname(file), specifier.replace(/\.js$/, '.ts')), seen);
    }
  }
  return seen;
}

const bareImports = (entry: string): string[] =>
  [...new Set([...runtimeGraph(resolve(src, entry)).values()].flat())]
    .filter((specifier) => !specifier.startsWith('.'))
    .sort();

describe('@grapevine/adapter/http', () => {
  it('loads ky and core at run time, never zod', () => {
    expect(bareImports('http/index.ts')).toEqual(['@grapevine/core', 'ky']);
  });

  it('the check sees zod where it is (the package root, with the memory backend)', () => {
    expect(bareImports('index.ts')).toContain('zod/mini');
  });
});
