import { loadConfig, type ServerConfig } from '../../config.js';
import { isConfigError } from '../../errors.js';
import { isWidgetAssetsError, loadWidgetAssets } from '../../widget/assets.js';
import { checkDatabase } from './database.js';
import { checkSites, type ProviderCheckDeps } from './providers.js';
import type { CheckResult } from './result.js';
import { checkSmtp, type SmtpVerifier, verifySmtp } from './smtp.js';

/** What the doctor reaches outside: injectable for tests. */
export interface DoctorDeps extends ProviderCheckDeps {
  verifySmtp: SmtpVerifier;
  /** Where the widget's files are. @default the installed `@grapevine/widget` */
  widgetDir?: string;
}

/**
 * `grapevine-server doctor`: the configuration, then (when it is valid) the database and its
 * migrations, the widget's files, SMTP and each site's platform credentials. Nothing is
 * written anywhere. A failed check is a `fail` result, never a throw.
 * @example const failed = (await runDoctor(process.env)).some((r) => r.outcome === 'fail');
 */
export async function runDoctor(
  env: Readonly<Record<string, string | undefined>>,
  deps: Partial<DoctorDeps> = {},
): Promise<CheckResult[]> {
  let config: ServerConfig;
  try {
    config = loadConfig(env);
  } catch (error) {
    if (!isConfigError(error)) throw error;
    return error.problems.map((problem) => ({ name: 'config', outcome: 'fail', detail: problem }));
  }
  const source = env.GRAPEVINE_SITES ? 'GRAPEVINE_SITES' : `${env.GRAPEVINE_SITES_FILE}`;
  const results: CheckResult[] = [
    {
      name: 'config',
      outcome: 'pass',
      detail: `${config.sites.length} site(s) from ${source}: ${config.sites.map((s) => s.siteKey).join(', ')}`,
    },
    publicUrl(config),
    await checkDatabase(config),
    widget(deps.widgetDir),
    await checkSmtp(env.GRAPEVINE_SMTP_URL || undefined, deps.verifySmtp ?? verifySmtp),
  ];
  results.push(
    ...(await checkSites(config.sites, {
      fetch: deps.fetch ?? globalThis.fetch,
      now: deps.now ?? Date.now,
    })),
  );
  return results;
}

function publicUrl(config: ServerConfig): CheckResult {
  const name = 'public URL';
  if (!config.publicUrl) {
    return {
      name,
      outcome: 'warn',
      detail:
        'GRAPEVINE_PUBLIC_URL is not set: the snippet names the address a request came to; set the https:// URL shops load it from',
    };
  }
  const local = /^http:\/\/(localhost|127\.0\.0\.1|\[::1\])(:|\/|$)/.test(config.publicUrl);
  if (config.publicUrl.startsWith('http:') && !local) {
    return {
      name,
      outcome: 'warn',
      detail: `${config.publicUrl} is not https: browsers on https shops refuse to load it`,
    };
  }
  return { name, outcome: 'pass', detail: config.publicUrl };
}

function widget(dir: string | undefined): CheckResult {
  try {
    const assets = dir ? loadWidgetAssets(dir) : loadWidgetAssets();
    return {
      name: 'widget files',
      outcome: 'pass',
      detail: `${assets.files.size} files of build ${assets.build}, served under ${assets.basePath}`,
    };
  } catch (error) {
    if (!isWidgetAssetsError(error)) throw error;
    return { name: 'widget files', outcome: 'fail', detail: error.message };
  }
}
