// The command line: `serve` (default), `migrate`, `seed [--demo-data]`.
// Configuration comes from the environment (see README); problems are listed and the
// process exits with status 1 before anything starts.
import { createApp } from './app.js';
import { loadConfig, type ServerConfig } from './config.js';
import type { Database } from './db/database.js';
import { openDatabase } from './db/open.js';
import { isConfigError } from './errors.js';
import { startJobs } from './jobs.js';
import { listen } from './listen.js';
import { consoleLogger } from './logger.js';
import { demoCampaigns } from './seed/demo-campaigns.js';
import { seedDemoData } from './seed/demo-data.js';
import { saveCampaigns } from './services/campaigns.js';
import { drainAndClose } from './shutdown.js';

const logger = consoleLogger();

async function open(config: ServerConfig, timeoutMs?: number): Promise<Database> {
  return openDatabase(
    config.databaseUrl ? { url: config.databaseUrl } : { dataDir: config.dataDir },
    timeoutMs === undefined ? {} : { timeoutMs },
  );
}

async function serve(config: ServerConfig): Promise<void> {
  const db = await open(config, config.dbTimeoutMs);
  const grapevine = createApp({ ...config, db, logger });
  const server = await listen(grapevine.app, config);
  const stopJobs = startJobs(grapevine, config.webhookIntervalMs, logger);
  logger.info('grapevine reference server listening', {
    url: server.url,
    database: db.kind,
    sites: config.sites.map((site) => site.siteKey),
    demo: config.demo,
  });
  const shutdown = async (signal: string) => {
    logger.info('shutting down', { signal });
    try {
      const running = { lifecycle: grapevine.lifecycle, server, stopJobs, db, logger };
      await drainAndClose(running, config.shutdownGraceMs);
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
  const config = loadConfig(process.env);
  for (const warning of config.warnings) logger.warn(warning);
  if (command === 'serve') return serve(config);
  if (command === 'migrate') {
    await (await open(config)).close();
    logger.info('migrated');
    return;
  }
  if (command === 'seed') return seed(config, flags.includes('--demo-data'));
  throw new Error(`Unknown command "${command}": expected serve, migrate or seed [--demo-data]`);
}

run(process.argv.slice(2)).catch((error: unknown) => {
  if (isConfigError(error)) console.error(error.message);
  else
    logger.error('failed to start', {
      error: error instanceof Error ? error.message : String(error),
    });
  process.exit(1);
});
