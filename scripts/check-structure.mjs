#!/usr/bin/env node
// Structural checks that a linter does not make:
//   1. no source file over 400 lines (STYLE.md: split by concept before that);
//   2. no circular imports between source files of a package;
//   3. every dependency of a workspace package takes its version from the pnpm catalog
//      (or is a workspace package), so versions live in one place.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const MAX_LINES = 400;
const SOURCE = /\.(ts|tsx|mts|js|mjs)$/;
const problems = [];

function walk(dir, out = []) {
  let entries;
  try {
    entries = readdirSync(dir);
  } catch {
    return out;
  }
  for (const name of entries) {
    if (name === 'node_modules' || name === 'dist' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else if (SOURCE.test(name)) out.push(path);
  }
  return out;
}

function workspaceDirs() {
  const dirs = [];
  for (const group of ['packages', 'examples']) {
    for (const name of safeList(join(root, group))) dirs.push(join(root, group, name));
  }
  dirs.push(join(root, 'bench'));
  return dirs.filter((dir) => exists(join(dir, 'package.json')));
}

function safeList(dir) {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

function exists(path) {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}

// 1. File length, for shipped sources and for scripts.
const lengthChecked = [
  ...workspaceDirs().flatMap((dir) => walk(join(dir, 'src'))),
  ...walk(join(root, 'scripts')),
];
for (const file of lengthChecked) {
  const lines = readFileSync(file, 'utf8').split('\n').length;
  if (lines > MAX_LINES) {
    problems.push(
      `${relative(root, file)} has ${lines} lines (at most ${MAX_LINES}): split it by concept`,
    );
  }
}

// 2. Circular imports, following relative specifiers inside each package's src.
const IMPORT =
  /(?:import|export)\s[^'"]*?from\s*['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/g;

function resolveImport(from, specifier) {
  const base = resolve(dirname(from), specifier);
  const candidates = [
    base,
    base.replace(/\.js$/, '.ts'),
    base.replace(/\.js$/, '.tsx'),
    `${base}.ts`,
    `${base}.tsx`,
    join(base, 'index.ts'),
    join(base, 'index.tsx'),
  ];
  return candidates.find((candidate) => exists(candidate) && statSync(candidate).isFile());
}

for (const dir of workspaceDirs()) {
  const files = walk(join(dir, 'src'));
  const graph = new Map();
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const targets = [];
    for (const match of text.matchAll(IMPORT)) {
      // Type-only imports cannot form a runtime cycle, but they still tangle concepts;
      // they count.
      const target = resolveImport(file, match[1] ?? match[2]);
      if (target) targets.push(target);
    }
    graph.set(file, targets);
  }
  const state = new Map(); // 1 = on the stack, 2 = done
  const stack = [];
  const reported = new Set();
  const visit = (file) => {
    state.set(file, 1);
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 1) {
        const cycle = stack.slice(stack.indexOf(next)).concat(next);
        const key = [...cycle].sort().join('|');
        if (!reported.has(key)) {
          reported.add(key);
          problems.push(`circular import: ${cycle.map((f) => relative(root, f)).join(' → ')}`);
        }
      } else if (!state.has(next)) {
        visit(next);
      }
    }
    stack.pop();
    state.set(file, 2);
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
}

// 3. Catalog use.
for (const dir of [root, ...workspaceDirs()]) {
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  for (const field of [
    'dependencies',
    'devDependencies',
    'peerDependencies',
    'optionalDependencies',
  ]) {
    for (const [name, range] of Object.entries(manifest[field] ?? {})) {
      if (field === 'peerDependencies') continue; // peers state a range for users
      if (!/^(catalog:|workspace:)/.test(range)) {
        problems.push(
          `${relative(root, join(dir, 'package.json')) || 'package.json'}: ${field}.${name} is "${range}"; use "catalog:" (pnpm-workspace.yaml) or "workspace:^"`,
        );
      }
    }
  }
}

if (problems.length > 0) {
  console.error(`Structure check failed (${problems.length}):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(
  `Structure check passed: ${lengthChecked.length} files within ${MAX_LINES} lines, no import cycles, catalog versions only.`,
);
