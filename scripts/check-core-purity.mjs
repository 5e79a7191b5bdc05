#!/usr/bin/env node
// @grapevine/core must stay pure: time, randomness, storage and the page come in as data.
// This scans the built output (what users run), not just the sources.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'packages/core/dist');
const FORBIDDEN = [
  /\bDate\.now\b/,
  /\bnew Date\(\s*\)/,
  /\bMath\.random\b/,
  /\bdocument\b/,
  /\bwindow\b/,
  /\blocalStorage\b/,
  /\bsessionStorage\b/,
  /\bnavigator\b/,
];

function walk(dir, out = []) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else if (name.endsWith('.js')) out.push(path);
  }
  return out;
}

const problems = [];
for (const file of walk(dist)) {
  // Comments may name the globals they avoid; only code counts.
  const code = readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
  code.split('\n').forEach((line, index) => {
    for (const pattern of FORBIDDEN) {
      if (pattern.test(line)) {
        problems.push(`${relative(root, file)}:${index + 1}: ${pattern.source} — ${line.trim()}`);
      }
    }
  });
}
if (problems.length > 0) {
  console.error(`@grapevine/core is not pure:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log('@grapevine/core purity check passed: no clock, randomness, storage or DOM in dist.');
