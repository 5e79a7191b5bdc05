#!/usr/bin/env node
// Lints the Dockerfile (CI cannot run Docker): dockerfile-utils' validation plus our rules
// (scripts/dockerfile-rules.mjs): multi-stage, pinned bases, non-root runtime user,
// HEALTHCHECK, no secrets in ENV/ARG, exec-form ENTRYPOINT/CMD, a .dockerignore for COPY . .
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dockerfileProblems } from './dockerfile-rules.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const file = resolve(process.argv[2] ?? join(root, 'Dockerfile'));
const ignoreFile = join(dirname(file), '.dockerignore');
const problems = dockerfileProblems(readFileSync(file, 'utf8'), {
  dockerignore: existsSync(ignoreFile) ? readFileSync(ignoreFile, 'utf8') : '',
});
for (const problem of problems) console.error(`${file}: ${problem}`);
console.log(
  `Dockerfile check: ${problems.length === 0 ? 'no problems' : `${problems.length} problems`}`,
);
process.exit(problems.length > 0 ? 1 : 0);
