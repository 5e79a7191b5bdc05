#!/usr/bin/env node
// Docker cannot run on this machine or in CI, so this script runs the Dockerfile's steps
// without it: each stage gets a folder standing for its filesystem; WORKDIR, ENV and
// COPY (the context filtered by .dockerignore, or --from an earlier stage) are done on those
// folders; the build stage's RUN steps run in a shell there (cache mounts dropped: the host's
// pnpm store serves). Then the runtime stage starts as `docker run` would (ENTRYPOINT + CMD,
// its ENV, absolute paths mapped into its folder): `migrate` first, as compose.yaml does, then
// the server, whose HEALTHCHECK command must pass; the widget's loader must be served; and
// SIGTERM must stop it cleanly.
// What it cannot do: run as the image's `node` user or with the base image's own files
// (the host's Node and pnpm stand in; their versions are checked against the Dockerfile's).
// The runtime stage's RUN steps (ownership of /data) are listed, not run.
import { spawn, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DockerfileParser } from 'dockerfile-ast';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const text = readFileSync(join(root, 'Dockerfile'), 'utf8');
const dockerfile = DockerfileParser.parse(text);
const work = mkdtempSync(join(tmpdir(), 'grapevine-docker-steps-'));
const started = performance.now();
const keep = process.argv.includes('--keep');

/** Host tools that stand in for the base image's: checked, not installed. */
const PROVISIONING = {
  'corepack enable pnpm': () => {
    const wanted = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).packageManager;
    const found = `pnpm@${spawnSync('pnpm', ['--version'], { encoding: 'utf8' }).stdout.trim()}`;
    // The image gets exactly `wanted`; the host's pnpm of the same major reads the same lockfile.
    const major = (name) => name.split('@')[1]?.split('.')[0];
    if (major(found) !== major(wanted)) {
      throw new Error(`the host has ${found}, package.json names ${wanted}`);
    }
    return found === wanted
      ? `host ${found}, as package.json names`
      : `host ${found} (the image: ${wanted})`;
  },
};

const step = (message) =>
  console.log(`[${((performance.now() - started) / 1000).toFixed(1)}s] ${message}`);

/** `.dockerignore` as a filter over paths relative to the context. */
function ignoreFilter() {
  const file = join(root, '.dockerignore');
  const patterns = existsSync(file)
    ? readFileSync(file, 'utf8')
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line && !line.startsWith('#'))
    : [];
  if (patterns.some((pattern) => pattern.startsWith('!'))) {
    throw new Error('.dockerignore exceptions (!) are not supported by this script');
  }
  const regexes = patterns.map((pattern) => {
    const source = pattern
      .replace(/^\/+|\/+$/g, '')
      .split('/')
      .map((part) =>
        part === '**'
          ? '.*'
          : part
              .replace(/[.+^${}()|[\]\\]/g, '\\$&')
              .replace(/\*/g, '[^/]*')
              .replace(/\?/g, '[^/]'),
      )
      .join('/')
      .replace(/^\.\*\//, '(?:.*/)?');
    return new RegExp(`^${source}(?:/.*)?$`);
  });
  return (path) => !regexes.some((regex) => regex.test(path));
}

function stageOf(from, index) {
  return from.getBuildStage() ?? String(index);
}

/** An absolute container path inside a stage's folder. */
const inStage = (stageDir, path) => join(stageDir, path);

function run(command, options) {
  const result = spawnSync('sh', ['-c', command], { stdio: 'inherit', ...options });
  if (result.status !== 0) throw new Error(`"${command}" failed with status ${result.status}`);
}

function freePort() {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}

function jsonArgs(instruction) {
  const content = (instruction?.getArgumentsContent() ?? '').trim();
  if (!content.startsWith('['))
    throw new Error(`${instruction?.getKeyword()} must be in JSON form`);
  return JSON.parse(content);
}

async function main() {
  const froms = dockerfile.getFROMs();
  const images = froms.map((from) => dockerfile.getContainingImage(from.getRange().start));
  const stages = new Map();
  const contextFilter = ignoreFilter();
  const hostNode = process.versions.node;
  let final;
  for (const [index, image] of images.entries()) {
    const from = froms[index];
    const name = stageOf(from, index);
    const dir = join(work, name);
    mkdirSync(dir, { recursive: true });
    const stage = { name, dir, env: {}, cwd: '/', volumes: [], image };
    stages.set(name, stage);
    const tag = from.getImageTag() ?? '';
    step(`FROM ${from.getImage()} AS ${name}`);
    if (from.getImageName() === 'node' && !tag.startsWith(`${hostNode}-`)) {
      console.warn(`  note: the host runs Node ${hostNode}; the image has ${tag}`);
    }
    const last = index === images.length - 1;
    for (const instruction of image.getInstructions()) {
      const keyword = instruction.getKeyword();
      const args = instruction.getArgumentsContent() ?? '';
      if (keyword === 'FROM') continue;
      if (keyword === 'ENV') {
        for (const property of instruction.getProperties()) {
          stage.env[property.getName()] = property.getValue() ?? '';
        }
      } else if (keyword === 'WORKDIR') {
        stage.cwd = args.trim();
        mkdirSync(inStage(dir, stage.cwd), { recursive: true });
      } else if (keyword === 'COPY') {
        const fromFlag = instruction.getFromFlag()?.getValue();
        const parts = instruction
          .getArguments()
          .map((a) => a.getValue())
          .filter((a) => !a.startsWith('--'));
        const target = parts.at(-1);
        const destination = inStage(dir, target.startsWith('/') ? target : join(stage.cwd, target));
        for (const source of parts.slice(0, -1)) {
          if (fromFlag) {
            const other = stages.get(fromFlag);
            if (!other) throw new Error(`COPY --from=${fromFlag}: no such stage`);
            cpSync(inStage(other.dir, source), destination, { recursive: true });
          } else {
            const from = resolve(root, source);
            cpSync(from, destination, {
              recursive: true,
              filter: (path) => {
                const rel = relative(root, path);
                return rel === '' || contextFilter(rel);
              },
            });
          }
        }
        step(`COPY ${fromFlag ? `--from=${fromFlag} ` : ''}${parts.join(' ')}`);
        continue;
      } else if (keyword === 'RUN') {
        // The command after any flags (--mount=type=cache,…: the host's store is the cache).
        const command = instruction
          .getRawArgumentsContent()
          .replace(/^(\s*--[^\s]+\s*(\\\s*\n\s*)?)+/, '')
          .replace(/\\\n/g, ' ')
          .trim();
        if (last) {
          step(`RUN ${command}  (runtime stage: not run; see the header)`);
          continue;
        }
        const provision = PROVISIONING[command];
        if (provision) {
          step(`RUN ${command}: ${provision()}`);
          continue;
        }
        step(`RUN ${command}`);
        run(command, {
          cwd: inStage(dir, stage.cwd),
          env: { ...process.env, ...stage.env, CI: 'true' },
        });
        continue;
      } else if (keyword === 'VOLUME') {
        stage.volumes.push(...JSON.parse(args));
        for (const volume of stage.volumes) mkdirSync(inStage(dir, volume), { recursive: true });
      }
      step(`${keyword} ${args.split('\n')[0]}`);
    }
    final = stage;
  }
  await startRuntime(final);
}

/** Absolute container paths in arguments and ENV values, mapped into the stage's folder. */
function mapper(stage) {
  const roots = new Set([...readdirSync(stage.dir), ...stage.volumes.map((v) => v.split('/')[1])]);
  return (value) =>
    value.replace(/(^|[\s=:])(\/[\w.-]+)(\/[^\s:]*)?/g, (match, lead, first, rest = '') =>
      roots.has(first.slice(1)) ? `${lead}${stage.dir}${first}${rest}` : match,
    );
}

async function startRuntime(stage) {
  const map = mapper(stage);
  const entrypoint = jsonArgs(stage.image.getENTRYPOINTs().at(-1)).map(map);
  const cmd = jsonArgs(stage.image.getCMDs().at(-1));
  const healthcheck = stage.image.getHEALTHCHECKs().at(-1);
  const checkCommand = JSON.parse(
    healthcheck.getArgumentsContent().slice(healthcheck.getArgumentsContent().indexOf('[')),
  ).slice(0);
  const port = await freePort();
  const env = {
    PATH: process.env.PATH,
    ...Object.fromEntries(Object.entries(stage.env).map(([key, value]) => [key, map(value)])),
    // As `docker run -e …` would pass them:
    HOST: '127.0.0.1',
    PORT: String(port),
    GRAPEVINE_ADMIN_TOKEN: 'docker-steps-admin-token-0123456789',
    GRAPEVINE_SITES: JSON.stringify([
      {
        siteKey: 'docker-shop',
        secret: 'docker-steps-site-secret-0123456789',
        origins: ['https://shop.example'],
        landingUrl: 'https://shop.example/?ref={code}',
      },
    ]),
  };
  const devOnly = ['vite', 'vitest', 'typescript', 'tsx'].filter((name) =>
    existsSync(join(stage.dir, 'app/node_modules', name)),
  );
  if (devOnly.length > 0)
    throw new Error(`the runtime has development packages: ${devOnly.join(', ')}`);
  const size = spawnSync('du', ['-sh', stage.dir], { encoding: 'utf8' }).stdout.split('\t')[0];
  step(`runtime stage: ${size} (the app and its production dependencies, without the base image)`);

  step(`docker run … ${[...entrypoint, 'migrate'].join(' ')}`);
  run([...entrypoint, 'migrate'].map((a) => `'${a}'`).join(' '), {
    env,
    cwd: inStage(stage.dir, stage.cwd),
  });

  step(`docker run … ${[...entrypoint, ...cmd].join(' ')}`);
  const server = spawn(entrypoint[0], [...entrypoint.slice(1), ...cmd], {
    env,
    cwd: inStage(stage.dir, stage.cwd),
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  server.stdout.on('data', (chunk) => {
    output += chunk;
  });
  const exited = new Promise((done) =>
    server.once('exit', (code, signal) => done({ code, signal })),
  );
  try {
    const deadline = Date.now() + 60_000;
    let healthy = false;
    while (!healthy && Date.now() < deadline) {
      const check = spawnSync(
        checkCommand[0] === 'CMD' ? checkCommand[1] : checkCommand[0],
        checkCommand.slice(checkCommand[0] === 'CMD' ? 2 : 1),
        { env, timeout: 3_000 },
      );
      healthy = check.status === 0;
      if (!healthy) await new Promise((wait) => setTimeout(wait, 500));
    }
    if (!healthy)
      throw new Error(`the HEALTHCHECK never passed in 60 s; server output:\n${output}`);
    step('HEALTHCHECK passed');
    // The log line is written right after the listener opens; its pipe may not have been read yet.
    for (let waited = 0; !output.includes('"widget"') && waited < 10_000; waited += 100) {
      await new Promise((wait) => setTimeout(wait, 100));
    }
    const listening = output
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line))
      .find((entry) => entry.widget);
    if (!listening) throw new Error(`the server did not name its widget URL:\n${output}`);
    const loader = await fetch(listening.widget);
    const body = Buffer.from(await loader.arrayBuffer());
    const { createHash } = await import('node:crypto');
    const integrity = `sha384-${createHash('sha384').update(body).digest('base64')}`;
    if (loader.status !== 200 || integrity !== listening.integrity) {
      throw new Error(
        `the widget loader: HTTP ${loader.status}, integrity ${integrity} (expected ${listening.integrity})`,
      );
    }
    step(`the widget loader is served with its integrity (${body.length} bytes)`);
    server.kill('SIGTERM');
    const { code, signal } = await Promise.race([
      exited,
      new Promise((_, fail) =>
        setTimeout(() => fail(new Error('no exit 10 s after SIGTERM')), 10_000),
      ),
    ]);
    if (code !== 0) throw new Error(`after SIGTERM the server exited with ${code ?? signal}`);
    step('SIGTERM: exited with status 0');
  } finally {
    if (server.exitCode === null && server.signalCode === null) server.kill('SIGKILL');
  }
}

try {
  await main();
  console.log('Docker steps: passed');
} catch (error) {
  console.error(`Docker steps: failed: ${error.message}`);
  process.exitCode = 1;
} finally {
  if (!keep) rmSync(work, { recursive: true, force: true });
  else console.log(`kept ${work}`);
}
