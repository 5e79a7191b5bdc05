// The rules our Dockerfile must keep, checked on its syntax tree (dockerfile-ast), on top of
// dockerfile-utils' own validation (instruction syntax, flags, JSON forms, duplicates).
// Used by scripts/check-dockerfile.mjs; tested in packages/server/test/deploy.
import { DockerfileParser } from 'dockerfile-ast';
import { validate } from 'dockerfile-utils';

/** ENV/ARG names that hold secrets: those come at run time (env or secret files), never baked in. */
const SECRET_NAME = /(SECRET|TOKEN|PASSWORD|PASSWD|API_?KEY|PRIVATE_?KEY|CREDENTIAL)(?!_FILE$)/i;
/** Values that look like a credential whatever the name. */
const SECRET_VALUE =
  /(sk|rk)_(live|test)_|shpat_|whsec_|ck_[0-9a-f]{20}|cs_[0-9a-f]{20}|:\/\/[^/\s:@]+:[^/\s@]+@/;
/** What `.dockerignore` must exclude when the context is copied whole. */
const MUST_IGNORE = ['**/node_modules', '.git', '**/.env'];

const line = (instruction) => instruction.getRange().start.line + 1;

/**
 * Every problem found, as `line N: message` (line 0: the file as a whole).
 * @param {string} text the Dockerfile
 * @param {{ dockerignore?: string }} [context] the `.dockerignore` beside it
 * @returns {string[]}
 */
export function dockerfileProblems(text, context = {}) {
  const problems = validate(text).map(
    (diagnostic) => `line ${diagnostic.range.start.line + 1}: ${diagnostic.message}`,
  );
  const dockerfile = DockerfileParser.parse(text);
  const froms = dockerfile.getFROMs();
  const stages = new Set(froms.map((from) => from.getBuildStage()).filter(Boolean));
  if (froms.length < 2) {
    problems.push('line 0: expected a multi-stage build (a build stage and a runtime stage)');
  }
  for (const from of froms) {
    const name = from.getImageName();
    if (name && stages.has(name)) continue; // FROM an earlier stage
    const tag = from.getImageTag();
    const pinned = from.getImageDigest() || (tag && /^v?\d+\.\d+\.\d+/.test(tag));
    if (!pinned) {
      problems.push(
        `line ${line(from)}: base image "${from.getImage()}" is not pinned (use a full version tag like node:20.20.2-bookworm-slim, or a digest)`,
      );
    }
  }
  const images = froms.map((from) => dockerfile.getContainingImage(from.getRange().start));
  const final = images.at(-1);
  if (final) problems.push(...finalStageProblems(final));
  for (const image of images) {
    for (const instruction of image.getInstructions()) {
      const keyword = instruction.getKeyword();
      if (keyword === 'ENV' || keyword === 'ARG') {
        for (const property of instruction.getProperties()) {
          const value = property.getValue() ?? '';
          if (SECRET_NAME.test(property.getName()) || SECRET_VALUE.test(value)) {
            problems.push(
              `line ${line(instruction)}: ${keyword} ${property.getName()} looks like a secret; pass it at run time (environment or a _FILE secret)`,
            );
          }
        }
      }
      if (keyword === 'ADD') {
        problems.push(`line ${line(instruction)}: ADD fetches and unpacks; use COPY`);
      }
      if (
        keyword === 'RUN' &&
        /\bapt-get\s+install\b/.test(instruction.getRawArgumentsContent() ?? '')
      ) {
        const run = instruction.getRawArgumentsContent() ?? '';
        if (
          !run.includes('--no-install-recommends') ||
          !run.includes('rm -rf /var/lib/apt/lists')
        ) {
          problems.push(
            `line ${line(instruction)}: apt-get install needs --no-install-recommends and rm -rf /var/lib/apt/lists/* in the same RUN`,
          );
        }
      }
      if (keyword === 'COPY' && /^\.\s/.test(instruction.getArgumentsContent() ?? '')) {
        const ignored = (context.dockerignore ?? '').split('\n').map((l) => l.trim());
        const missing = MUST_IGNORE.filter((pattern) => !ignored.includes(pattern));
        if (missing.length > 0) {
          problems.push(
            `line ${line(instruction)}: COPY of the whole context needs a .dockerignore excluding ${missing.join(', ')}`,
          );
        }
      }
    }
  }
  return problems;
}

function finalStageProblems(final) {
  const problems = [];
  const instructions = final.getInstructions();
  const users = instructions.filter((i) => i.getKeyword() === 'USER');
  const user = users.at(-1)?.getArgumentsContent()?.trim() ?? '';
  if (!user || /^(root|0)(:|$)/.test(user)) {
    problems.push(
      `line ${line(final.getFROM())}: the runtime stage runs as root; end it with USER <unprivileged user>`,
    );
  }
  const healthchecks = final.getHEALTHCHECKs();
  if (
    healthchecks.length === 0 ||
    /^NONE$/i.test(healthchecks.at(-1)?.getArgumentsContent()?.trim() ?? '')
  ) {
    problems.push(`line ${line(final.getFROM())}: the runtime stage has no HEALTHCHECK`);
  }
  for (const instruction of [...final.getENTRYPOINTs(), ...final.getCMDs()]) {
    if (!(instruction.getArgumentsContent() ?? '').trim().startsWith('[')) {
      problems.push(
        `line ${line(instruction)}: ${instruction.getKeyword()} in shell form: the server would not get SIGTERM; use the JSON form`,
      );
    }
  }
  return problems;
}
