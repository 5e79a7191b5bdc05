import { readFileSync } from 'node:fs';
import { ConfigError } from '../errors.js';

/** Variables whose `_FILE` form is not a secret file but its own setting. */
const NOT_SECRETS = new Set(['GRAPEVINE_SITES_FILE']);

/**
 * Docker and Kubernetes secrets arrive as files: for every `NAME_FILE` variable (except
 * `GRAPEVINE_SITES_FILE`, read by the config), sets `NAME` to the file's content without
 * its trailing newline, unless `NAME` is set too. `PGPASSWORD_FILE` works the same way, for
 * a `DATABASE_URL` without a password. Writes into `env` (the process environment, which
 * the PostgreSQL driver reads for `PGPASSWORD`).
 * @throws ConfigError naming each variable whose file cannot be read, or that is set twice.
 * @example applySecretFiles(process.env) // GRAPEVINE_ADMIN_TOKEN_FILE=/run/secrets/admin_token
 */
export function applySecretFiles(env: Record<string, string | undefined>): void {
  const problems: string[] = [];
  for (const [key, path] of Object.entries(env)) {
    const match = /^([A-Z][A-Z0-9_]*)_FILE$/.exec(key);
    if (!match?.[1] || NOT_SECRETS.has(key) || !path) continue;
    const name = match[1];
    if (env[name]) {
      problems.push(`${key}: ${name} is set as well; set one of them`);
      continue;
    }
    try {
      env[name] = readFileSync(path, 'utf8').replace(/\r?\n$/, '');
    } catch (error) {
      problems.push(`${key}: cannot read ${path}: ${(error as Error).message}`);
    }
  }
  if (problems.length > 0) throw new ConfigError(problems);
}
