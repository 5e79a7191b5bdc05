import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { applySecretFiles } from '../../src/cli/secret-files.js';
import { isConfigError } from '../../src/errors.js';

const dir = mkdtempSync(join(tmpdir(), 'grapevine-secrets-'));
const file = (name: string, text: string) => {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
};
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('applySecretFiles', () => {
  it.each([
    [
      'a trailing newline is dropped',
      { GRAPEVINE_ADMIN_TOKEN_FILE: file('a', 'tok-en\n') },
      { GRAPEVINE_ADMIN_TOKEN: 'tok-en' },
    ],
    [
      'a CRLF too, inner newlines stay',
      { PGPASSWORD_FILE: file('b', 'p\nw\r\n') },
      { PGPASSWORD: 'p\nw' },
    ],
    [
      'GRAPEVINE_SITES_FILE is left to the config',
      { GRAPEVINE_SITES_FILE: file('c', '[]') },
      { GRAPEVINE_SITES: undefined },
    ],
    [
      'an empty _FILE is ignored',
      { GRAPEVINE_SMTP_URL_FILE: '' },
      { GRAPEVINE_SMTP_URL: undefined },
    ],
  ])('%s', (_label, given, expected) => {
    const env: Record<string, string | undefined> = { ...given };
    applySecretFiles(env);
    for (const [name, value] of Object.entries(expected)) expect(env[name]).toBe(value);
  });

  it.each([
    [
      'a missing file',
      { DATABASE_URL_FILE: join(dir, 'nope') },
      /DATABASE_URL_FILE: cannot read .*nope/,
    ],
    [
      'both forms set',
      { DATABASE_URL: 'postgres://x', DATABASE_URL_FILE: file('d', 'postgres://y') },
      /DATABASE_URL_FILE: DATABASE_URL is set as well/,
    ],
  ])('refuses %s, naming the variable', (_label, given, message) => {
    let thrown: unknown;
    try {
      applySecretFiles({ ...given });
    } catch (error) {
      thrown = error;
    }
    expect(isConfigError(thrown)).toBe(true);
    expect((thrown as Error).message).toMatch(message);
  });
});
