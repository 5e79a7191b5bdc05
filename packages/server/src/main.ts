#!/usr/bin/env node
// The `grapevine-server` command: `serve` (default), `migrate`, `seed [--demo-data]`, `doctor`,
// `snippet [siteKey]`, `--help` (cli/help.ts). Configuration comes from the environment (see
// README); problems are listed and the process exits with status 1 before anything starts.
import { createApp } from './app.js';
import { formatReport } from './cli/doctor/result.js';
import { runDoctor } from './cli/doctor/run.js';
import { HELP } from './cli/help.js';
import { applySecretFiles } from './cli/secret-files.js';
import { snippetText } from './cli/snippet.js';
import { loadConfig, type ServerConfig } from './config.js';
import type { Database } from './db/database.js';
import { openDatabase } from './db/open.js';
import { isConfigError } from './errors.js';
import { startJobs } from './jobs.js';
import { listen } from './listen.js';
import { consoleLogger } from './logger.js';
import { smtpMailer } from './mail/smtp-mailer.js';
import { demoCampaigns } from './seed/demo-campaigns.js';
import { seedDemoData } from './seed/demo-data.js';
import { saveCampaigns } from './services/campaigns.js';
import { drainAndClose } from './shutdown.js';
import { isWidgetAssetsError, loadWidgetAssets, type WidgetAssets } from './widget/assets.js';
import { loaderUrl } from './widget/snippet.js';

const logger = consoleLogger();

async function open(config: ServerConfig, timeoutMs?: number): Promise<Database> {
  return openDatabase(
    config.databaseUrl ? { url: config.databaseUrl } : { dataDir: config.dataDir },
    timeoutMs === undefined ? {} : { timeoutMs },
  );
}

/** The widget's files; without them (an unbuilt workspace) the server runs without `/widget`. */
function widgetOrNothing(): WidgetAssets | undefined {
  try {
    return loadWidgetAssets();
  } catch (error) {
    if (!isWidgetAssetsError(error)) throw error;
    logger.warn('widget files not served', { reason: error.message });
    return undefined;
  }
}

async function serve(config: ServerConfig): Promise<void> {
  const db = await open(config, config.dbTimeoutMs);
  const widget = widgetOrNothing();
  const mail = config.smtp && {
    mailer: smtpMailer({
      url: config.smtp.smtpUrl,
      ...(config.smtp.dkim ? { dkim: config.smtp.dkim } : {}),
    }),
    from: config.smtp.from,
    publicUrl: config.smtp.publicUrl,
  };
  if (!mail && config.sites.some((site) => site.email?.enabled)) {
    logger.warn('a site has email enabled but GRAPEVINE_SMTP_URL is not set: emails stay queued');
  }
  const grapevine = createApp({
    ...config,
    db,
    logger,
    ...(widget ? { widget } : {}),
    ...(mail ? { mail } : {}),
  });
  const server = await listen(grapevine.app, config);
  const stopJobs = startJobs(grapevine, config.webhookIntervalMs, logger);
  logger.info('grapevine reference server listening', {
    url: server.url,
    database: db.kind,
    sites: config.sites.map((site) => site.siteKey),
    demo: config.demo,
    ...(widget
      ? {
          widget: loaderUrl(widget, config.publicUrl ?? server.url),
          integrity: widget.loader.integrity,
        }
      : {}),
  });
  const shutdown = async (signal: string) => {
    logger.info('shutting down', { signal });
    try {
      // The mailer's pooled SMTP connections close once the jobs that use them have stopped.
      const stopWork = async () => {
        await stopJobs();
        await mail?.mailer.close?.();
      };
      const running = { lifecycle: grapevine.lifecycle, server, stopJobs: stopWork, db, logger };
      await drainAndClose(running, config.shutdownGraceMs);
      await mail?.mailer.close?.();
      process.exit(0);
    } catch (error) {
      logger.error('shutdown failed', { error: (error as Error).message });
      process.exit(1);
    }
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

async function seed(config: ServerConfig, withData: boolean): Promise<void> {
  const db = await open(config);
  try {
    const grapevine = createApp({ ...config, db, logger });
    for (const site of config.sites) {
      await saveCampaigns(db, site.siteKey, demoCampaigns(site), Date.now());
      const events = withData ? await seedDemoData(grapevine.ctx, site) : 0;
      logger.info('seeded', { siteKey: site.siteKey, campaigns: 3, events });
    }
  } finally {
    await db.close();
  }
}

async function run(argv: readonly string[]): Promise<void> {
  const [command = 'serve', ...flags] = argv;
  if (['--help', '-h', 'help'].includes(command) || flags.includes('--help')) {
    process.stdout.write(HELP);
    return;
  }
  applySecretFiles(process.env);
  if (command === 'doctor') {
    const results = await runDoctor(process.env);
    process.stdout.write(formatReport(results));
    process.exitCode = results.some((result) => result.outcome === 'fail') ? 1 : 0;
    return;
  }
  const config = loadConfig(process.env);
  for (const warning of config.warnings) logger.warn(warning);
  if (command === 'serve') return serve(config);
  if (command === 'migrate') {
    await (await open(config)).close();
    logger.info('migrated');
    return;
  }
  if (command === 'seed') return seed(config, flags.includes('--demo-data'));
  if (command === 'snippet') {
    process.stdout.write(snippetText(config, loadWidgetAssets(), flags[0]));
    return;
  }
  throw new Error(
    `Unknown command "${command}": expected serve, migrate, seed, doctor or snippet (see --help)`,
  );
}

run(process.argv.slice(2)).catch((error: unknown) => {
  if (isConfigError(error) || isWidgetAssetsError(error)) console.error(error.message);
  else
    logger.error('failed to start', {
      error: error instanceof Error ? error.message : String(error),
    });
  process.exit(1);
});
