#!/usr/bin/env node
// Docs that compile: every `ts`, `tsx`, `js` and `jsx` code block of the READMEs (the root's,
// packages/*, examples/*) is written to .tmp/check-docs/ as its own module and type-checked
// with `tsc` against the BUILT packages (their `dist` types, as an app that installed them
// sees them: run `pnpm build` first), under the repository's strict settings; `js` blocks are
// checked as JavaScript (`checkJs`). A fragment that uses names the reader supplies (`order`,
// `secret`…) states them in an HTML comment right before its fence, which a rendered README
// hides and the source shows:
//
//   <!-- check-docs: declare const order: { id: string; total: string }; -->
//   ```ts
//
// Its text (any lines: imports, declarations, `/// <reference …>`) goes before the block's.
// A block that cannot compile anywhere is left out only with a reason its reader sees, a first
// line `// not checked: <reason>`; their number is printed (the goal is 0).
// Errors are reported as README:line. Exit code 1 when a block fails.
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, '.tmp/check-docs');
const LANGS = { ts: 'ts', typescript: 'ts', tsx: 'tsx', js: 'js', javascript: 'js', jsx: 'jsx' };
const SKIP = /^\s*\/\/\s*not checked:\s*(\S.*)$/;

/** The READMEs: the root's, then every package's and example's. */
function readmes() {
  const found = ['README.md'];
  for (const folder of ['packages', 'examples']) {
    for (const name of readdirSync(join(root, folder)).sort()) {
      const path = join(folder, name, 'README.md');
      if (existsSync(join(root, path))) found.push(path);
    }
  }
  return found;
}

const SETTING = /<!--\s*check-docs:([\s\S]*?)-->\s*$/;

/**
 * The `<!-- check-docs: … -->` comment that ends right before line `fence` (blank lines
 * between are allowed): its text and the line it starts on (1-based), or `undefined`.
 */
function settingBefore(lines, fence) {
  let end = fence - 1;
  while (end >= 0 && (lines[end] ?? '').trim() === '') end -= 1;
  if (!(lines[end] ?? '').trimEnd().endsWith('-->')) return undefined;
  for (let start = end; start >= 0 && start > end - 40; start -= 1) {
    const match = SETTING.exec(lines.slice(start, end + 1).join('\n'));
    if (match && (lines[start] ?? '').trimStart().startsWith('<!--')) {
      return { text: (match[1] ?? '').trim(), line: start + 1 };
    }
  }
  return undefined;
}

/**
 * The checkable blocks of one README: language, first line number (1-based), text, and the
 * `setting` (the check-docs comment before it: its text and line) when it has one.
 */
export function blocksOf(text) {
  const blocks = [];
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index += 1) {
    const open = /^(\s*)(`{3,}|~{3,})\s*([A-Za-z]+)?[^`]*$/.exec(lines[index] ?? '');
    if (!open) continue;
    const [, indent = '', fence = '', lang = ''] = open;
    const body = [];
    let end = index + 1;
    while (end < lines.length && !(lines[end] ?? '').trimStart().startsWith(fence)) {
      body.push((lines[end] ?? '').slice(indent.length));
      end += 1;
    }
    const kind = LANGS[lang.toLowerCase()];
    const setting = settingBefore(lines, index);
    if (kind) blocks.push({ lang: kind, line: index + 2, text: body.join('\n'), setting });
    index = end;
  }
  return blocks;
}

function main() {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  // Bare imports resolve as in an app: every package of the workspace (the Grapevine ones
  // through their exports map) from pnpm's hoisted store.
  symlinkSync(join(root, 'node_modules/.pnpm/node_modules'), join(out, 'node_modules'), 'dir');
  const files = new Map(); // generated file → { readme, line, settingLines, settingLine }
  const skipped = [];
  const problems = [];
  for (const readme of readmes()) {
    const slug = readme.replace(/\/README\.md$|\.md$/, '').replace(/[^a-z0-9]+/gi, '-');
    blocksOf(readFileSync(join(root, readme), 'utf8')).forEach((block, number) => {
      const first = block.text.split('\n').find((line) => line.trim() !== '') ?? '';
      if (SKIP.test(first)) {
        skipped.push(`${readme}:${block.line}: ${SKIP.exec(first)?.[1]}`);
        return;
      }
      if (/^\s*\/\/\s*not checked\b/.test(first)) {
        problems.push(`${readme}:${block.line}: "// not checked:" needs a reason`);
        return;
      }
      const file = join(out, `${slug}-${number + 1}.${block.lang}`);
      // Each block is its own module (top-level await, no clashes between blocks), after the
      // declarations its check-docs comment states.
      const setting = block.setting ? `${block.setting.text}\n` : '';
      writeFileSync(file, `${setting}${block.text}\nexport {};\n`);
      files.set(file, {
        readme,
        line: block.line,
        settingLines: setting.split('\n').length - 1,
        settingLine: block.setting?.line,
      });
    });
  }
  writeFileSync(
    join(out, 'tsconfig.json'),
    `${JSON.stringify(
      {
        extends: '../../tsconfig.base.json',
        compilerOptions: {
          lib: ['ES2022', 'DOM', 'DOM.Iterable'],
          types: ['node'],
          // The packages as published: their `dist` types, not the workspace sources.
          customConditions: [],
          jsxImportSource: 'react',
          allowJs: true,
          checkJs: true,
          noEmit: true,
          declaration: false,
          declarationMap: false,
          noUnusedLocals: false,
        },
        files: [...files.keys()].map((file) => relative(out, file)),
      },
      null,
      2,
    )}\n`,
  );
  const tsc = spawnSync(
    'pnpm',
    ['exec', 'tsc', '-p', join(out, 'tsconfig.json'), '--pretty', 'false'],
    {
      cwd: root,
      encoding: 'utf8',
    },
  );
  const output = `${tsc.stdout ?? ''}${tsc.stderr ?? ''}`;
  for (const line of output.split('\n')) {
    const match = /^(.+?)\((\d+),(\d+)\): (error .*)$/.exec(line.trim());
    if (!match) {
      if (line.trim() && tsc.status !== 0 && !/^\s/.test(line)) problems.push(line.trim());
      continue;
    }
    const [, file = '', row = '0', , message = ''] = match;
    const where = files.get(resolve(root, file)) ?? files.get(resolve(out, file));
    if (!where) problems.push(`${file}(${row}): ${message}`);
    else if (Number(row) <= where.settingLines) {
      problems.push(`${where.readme}:${where.settingLine} (check-docs comment): ${message}`);
    } else {
      const line = where.line + Number(row) - where.settingLines - 1;
      problems.push(`${where.readme}:${line}: ${message}`);
    }
  }
  for (const block of skipped) console.log(`not checked: ${block}`);
  const summary = `${files.size} README code blocks type-checked, ${skipped.length} marked "not checked" (goal 0)`;
  if (problems.length > 0 || tsc.status !== 0) {
    console.error(problems.join('\n'));
    console.error(`check-docs: ${problems.length} problem(s); ${summary}.`);
    process.exit(1);
  }
  console.log(`check-docs: ${summary}, all compile.`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
