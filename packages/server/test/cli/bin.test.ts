// The command as a process: its exit codes and where it writes are what scripts and
// container healthchecks rely on.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const main = fileURLToPath(new URL('../../src/main.ts', import.meta.url));
const tsx = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));

function run(args: string[], env: Record<string, string> = {}) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      tsx,
      ['--conditions=@grapevine/source', main, ...args],
      { env: { PATH: process.env.PATH ?? '', ...env }, timeout: 60_000 },
      (error, stdout, stderr) => {
        const code = error ? Number((error as { code?: number }).code ?? 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

describe('grapevine-server', () => {
  it.each([['--help'], ['doctor', '--help']])(
    '%s prints the usage and exits 0',
    async (...args) => {
      const { code, stdout } = await run(args);
      expect(code).toBe(0);
      expect(stdout).toContain('Usage: grapevine-server [command]');
      expect(stdout).toMatch(/doctor\s+Check the configuration/);
    },
    60_000,
  );

  it('doctor exits 1 and names what is wrong', async () => {
    const { code, stdout } = await run(['doctor'], { GRAPEVINE_ADMIN_TOKEN: 'short' });
    expect(code).toBe(1);
    expect(stdout).toContain(
      'FAIL  config: GRAPEVINE_ADMIN_TOKEN: expected at least 16 characters',
    );
    expect(stdout).toContain('FAIL  config: GRAPEVINE_SITES: required');
  }, 60_000);

  it('doctor exits 0 when nothing fails', async () => {
    const { code, stdout } = await run(['doctor'], {
      GRAPEVINE_ADMIN_TOKEN: 'admin-token-for-bin-0123456789',
      GRAPEVINE_DATA_DIR: 'memory://',
      GRAPEVINE_SITES: JSON.stringify([
        {
          siteKey: 'bin-shop',
          secret: 'site-secret-for-bin-0123456789ab',
          origins: ['https://shop.example'],
          landingUrl: 'https://shop.example/?ref={code}',
        },
      ]),
    });
    expect(stdout).toMatch(/doctor: \d+ passed, 2 warnings, 0 failed, 1 skipped/);
    expect(code).toBe(0);
  }, 60_000);

  it('refuses an unknown command', async () => {
    const { code, stderr } = await run(['serv'], {
      GRAPEVINE_ADMIN_TOKEN: 'admin-token-for-bin-0123456789',
      GRAPEVINE_SITES:
        '[{"siteKey":"bin-shop","secret":"site-secret-for-bin-0123456789ab","origins":[],"landingUrl":"https://shop.example/?ref={code}"}]',
    });
    expect(code).toBe(1);
    expect(stderr).toContain('Unknown command \\"serv\\"');
  }, 60_000);
});
