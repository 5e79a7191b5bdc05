import { existsSync } from 'node:fs';
import { defaultClientConditions, defaultServerConditions } from 'vite';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';

// Workspace packages resolve to their TypeScript sources through one export condition,
// so tests never need a build and no alias table has to be kept in sync.
const source = '@grapevine/source';

/** A Vitest project for one workspace folder, skipped until that folder exists. */
function project(
  name: string,
  root: string,
  environment: 'node' | 'happy-dom',
  overrides: NonNullable<TestProjectInlineConfiguration['test']> = {},
): TestProjectInlineConfiguration[] {
  if (!existsSync(new URL(`./${root}`, import.meta.url))) return [];
  return [
    {
      extends: true,
      test: {
        name,
        root,
        environment,
        include: ['test/**/*.test.{ts,tsx}'],
        ...overrides,
      },
    },
  ];
}

export default defineConfig({
  resolve: { conditions: [source, ...defaultClientConditions] },
  ssr: { resolve: { conditions: [source, ...defaultServerConditions] } },
  test: {
    setupFiles: [new URL('./scripts/vitest-setup.ts', import.meta.url).pathname],
    restoreMocks: true,
    unstubGlobals: true,
    maxWorkers: 2,
    projects: [
      ...project('core', 'packages/core', 'node'),
      ...project('adapter', 'packages/adapter', 'node'),
      ...project('widget', 'packages/widget', 'happy-dom'),
      ...project('server', 'packages/server', 'node'),
      ...project('storefront', 'examples/storefront', 'node'),
      // Fault tests spawn real server processes: their own CI suite (`pnpm test:faults`),
      // excluded from the unit run with `--project=!faults`.
      ...project('faults', 'packages/server', 'node', {
        include: ['faults/**/*.test.ts'],
        testTimeout: 120_000,
        hookTimeout: 60_000,
        fileParallelism: false,
      }),
    ],
  },
});
