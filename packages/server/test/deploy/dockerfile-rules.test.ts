// The Dockerfile lint (scripts/check-dockerfile.mjs) on the real Dockerfile, and on copies
// of it with one rule broken each: every rule can fail.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dockerfileProblems } from '../../../../scripts/dockerfile-rules.mjs';

const root = new URL('../../../../', import.meta.url);
const dockerfile = readFileSync(new URL('Dockerfile', root), 'utf8');
const dockerignore = readFileSync(new URL('.dockerignore', root), 'utf8');

describe('Dockerfile rules', () => {
  it('the Dockerfile passes', () => {
    expect(dockerfileProblems(dockerfile, { dockerignore })).toEqual([]);
  });

  it.each([
    ['one stage', (t: string) => t.slice(t.lastIndexOf('FROM ')), /multi-stage/],
    [
      'an unpinned base',
      (t: string) =>
        t.replace(/node:20\.20\.2-bookworm-slim AS runtime/, 'node:20-bookworm-slim AS runtime'),
      /"node:20-bookworm-slim" is not pinned/,
    ],
    [
      'the latest tag',
      (t: string) => t.replace(/node:20\.20\.2-bookworm-slim AS build/, 'node:latest AS build'),
      /not pinned/,
    ],
    ['no USER', (t: string) => t.replace(/^USER node\n/m, ''), /runs as root/],
    ['USER root', (t: string) => t.replace(/^USER node$/m, 'USER root'), /runs as root/],
    [
      'no HEALTHCHECK',
      (t: string) => t.replace(/^HEALTHCHECK[\s\S]*?\n(?=ENTRYPOINT)/m, ''),
      /no HEALTHCHECK/,
    ],
    [
      'HEALTHCHECK NONE',
      (t: string) => t.replace(/^HEALTHCHECK[\s\S]*?\n(?=ENTRYPOINT)/m, 'HEALTHCHECK NONE\n'),
      /no HEALTHCHECK/,
    ],
    [
      'a secret in ENV',
      (t: string) => t.replace('PORT=8787', 'PORT=8787 GRAPEVINE_ADMIN_TOKEN=abc'),
      /ENV GRAPEVINE_ADMIN_TOKEN looks like a secret/,
    ],
    [
      'a key as a value',
      (t: string) => t.replace('PORT=8787', 'PORT=8787 STRIPE=sk_live_abc123'),
      /ENV STRIPE looks like a secret/,
    ],
    [
      'a password in a URL',
      (t: string) => t.replace('PORT=8787', 'PORT=8787 DATABASE_URL=postgres://u:pw@db/x'),
      /ENV DATABASE_URL looks like a secret/,
    ],
    [
      'a secret ARG',
      (t: string) => t.replace('WORKDIR /src', 'ARG NPM_TOKEN\nWORKDIR /src'),
      /ARG NPM_TOKEN looks like a secret/,
    ],
    [
      'a shell-form ENTRYPOINT',
      (t: string) => t.replace(/^ENTRYPOINT .*$/m, 'ENTRYPOINT node /app/dist/main.js'),
      /ENTRYPOINT in shell form/,
    ],
    ['ADD', (t: string) => t.replace('COPY . .', 'ADD . .'), /use COPY/],
    [
      'apt-get without cleanup',
      (t: string) =>
        t.replace('RUN corepack enable pnpm', 'RUN apt-get update && apt-get install -y curl'),
      /--no-install-recommends/,
    ],
    [
      'an unknown instruction',
      (t: string) => t.replace('WORKDIR /app', 'WORKDIRR /app'),
      /line \d+: .*(unknown|WORKDIRR)/i,
    ],
  ])('refuses %s', (_label, mutate, problem) => {
    const broken = mutate(dockerfile);
    expect(broken).not.toBe(dockerfile);
    expect(dockerfileProblems(broken, { dockerignore }).join('\n')).toMatch(problem);
  });

  it('allows a secret file path in ENV (the _FILE convention)', () => {
    const withFile = dockerfile.replace(
      'PORT=8787',
      'PORT=8787 GRAPEVINE_ADMIN_TOKEN_FILE=/run/secrets/admin_token',
    );
    expect(dockerfileProblems(withFile, { dockerignore })).toEqual([]);
  });

  it('needs a .dockerignore that keeps node_modules, .git and .env files out', () => {
    expect(dockerfileProblems(dockerfile, { dockerignore: '' }).join('\n')).toMatch(
      /needs a \.dockerignore excluding \*\*\/node_modules, \.git, \*\*\/\.env/,
    );
  });
});
