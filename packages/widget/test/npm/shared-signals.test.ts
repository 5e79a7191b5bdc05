// The npm path as an app's bundler builds it: the eager entry (createGrapevine, whose `state`
// is @preact/signals-core signals) and the UI chunk it imports lazily (whose models are the
// same signals) share one copy of signals-core, loaded eagerly. .size-limit.json's npm UI
// chunk checks leave signals-core out on that ground.
// @vitest-environment node
import { fileURLToPath } from 'node:url';
import type { Rolldown } from 'vite';
import { describe, expect, it } from 'vitest';
import { bundleNpmApp } from '../../e2e/runtime/npm-app.js';

const app = fileURLToPath(new URL('./app.ts', import.meta.url));

describe('the npm path in an app bundle', () => {
  it('has one copy of @preact/signals-core, in the eager entry chunk, used by the UI chunk', async () => {
    const chunks = await bundleNpmApp(app, 'app');
    const hasModule = (chunk: Rolldown.OutputChunk, path: string) =>
      Object.keys(chunk.modules).some((id) => id.includes(path));
    const signals = chunks.filter((chunk) => hasModule(chunk, '/@preact/signals-core/'));
    expect(signals).toHaveLength(1);
    const file = signals[0]?.fileName ?? '';
    // Eager: in the entry chunk or imported by it statically (the bundler may split it out).
    const entry = chunks.find((chunk) => chunk.isEntry);
    expect(entry?.fileName === file || entry?.imports.includes(file)).toBe(true);
    // The UI chunk (the one with the prompt shell) imports that copy.
    const ui = chunks.find((chunk) => hasModule(chunk, '/src/ui/show-prompt.tsx'));
    expect(ui?.isEntry).toBe(false);
    expect(ui?.fileName === file || ui?.imports.includes(file)).toBe(true);
  });
});
