// The whole demo in one process: the reference server (contract v1 on PGlite, demo routes
// on) and the Fika & Co. storefront with the Grapevine snippet. Used by `pnpm demo` and by
// the end-to-end journeys. Runs the BUILT packages (`pnpm build` first).
import { randomBytes } from 'node:crypto';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { startStorefront } from '../examples/storefront/serve.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const SITE_KEY = 'fika-demo';
export const widgetDist = resolve(root, 'packages/widget/dist');
export const serverDist = resolve(root, 'packages/server/dist/index.js');

/**
 * Starts the server and the shop.
 * @param {{
 *   shopPort?: number, apiPort?: number, dataDir?: string, adminToken?: string,
 *   siteSecret?: string, apiSecret?: string, logger?: object, webhookIntervalMs?: number,
 *   widgetDir?: string
 * }} [options] ports default to 0 (any free port); `dataDir` defaults to `memory://`;
 *   `widgetDir` (the widget build the shop serves) defaults to packages/widget/dist;
 *   `apiSecret` (the shop backend's key to the server-to-server API) defaults to a random one.
 */
export async function startDemoStack(options = {}) {
  const server = await import(pathToFileURL(serverDist).href);
  const adminToken = options.adminToken ?? randomBytes(18).toString('base64url');
  const siteSecret = options.siteSecret ?? randomBytes(24).toString('base64url');
  const apiSecret = options.apiSecret ?? randomBytes(24).toString('base64url');
  const dataDir = options.dataDir ?? 'memory://';
  const logger = options.logger ?? server.silentLogger;

  let apiUrl = '';
  let grapevine;
  const shop = await startStorefront({
    port: options.shopPort ?? 0,
    apiUrl: () => apiUrl,
    widgetDir: options.widgetDir ?? widgetDist,
    siteKey: SITE_KEY,
    apiSecret,
    // The shop's clock is the server's demo clock: "+14 days" moves both, so the shop's
    // signed calls stay inside the server's 5-minute window.
    now: () => (grapevine ? grapevine.ctx.clock.now() : Date.now()),
    log: (message) => logger.warn(`shop backend: ${message}`),
  });
  const friendOrigin = shop.url.replace('127.0.0.1', 'localhost');
  // The demo's mail server: an SMTP listener in this process that keeps what it receives,
  // shown on the dashboard's Mail tab.
  const mailbox = await server.startMailCatcher();
  const config = server.loadConfig({
    HOST: '127.0.0.1',
    PORT: String(options.apiPort ?? 0),
    GRAPEVINE_DATA_DIR: dataDir,
    GRAPEVINE_ADMIN_TOKEN: adminToken,
    GRAPEVINE_DEMO: '1',
    GRAPEVINE_SITES: JSON.stringify([
      {
        siteKey: SITE_KEY,
        secret: siteSecret,
        apiSecret,
        origins: [shop.url, friendOrigin],
        landingUrl: `${shop.url}/?ref={code}`,
        offer: {
          friend: { kind: 'percent', value: 20 },
          advocate: { kind: 'percent', value: 20 },
          termsUrl: `${shop.url}/refer.html#terms`,
        },
        brand: { name: 'Fika & Co.', color: '#2f6f4f' },
        email: {
          enabled: true,
          from: 'Fika & Co. <hello@fika.example>',
          replyTo: 'help@fika.example',
          supportAddress: 'support@fika.example',
          flows: { nps: 'marketing', referral: 'marketing' },
        },
        // "+14 days" in the shop's toolbar makes the survey of an unanswered order due (14 days
        // after its delivery, which the demo shop reports at once through the orders API): the
        // NPS email goes to the demo mail catcher (a pop-up answer skips it: one ledger).
        npsEmail: { campaignId: 'nps-after-purchase', after: '14d' },
      },
    ]),
  });

  let db;
  try {
    db = await server.openDatabase({ dataDir: config.dataDir });
  } catch (error) {
    await mailbox.close();
    await shop.close();
    throw error;
  }
  const mailer = server.smtpMailer({ url: mailbox.url });
  grapevine = server.createApp({
    ...config,
    db,
    logger,
    // Links in emails point at the API, whose port is known once it listens.
    mail: {
      mailer,
      from: 'Fika & Co. <hello@fika.example>',
      get publicUrl() {
        return apiUrl;
      },
    },
    demoMailbox: mailbox,
  });
  const [site] = config.sites;
  if ((await server.loadCampaigns(db, SITE_KEY)).length === 0) {
    await server.saveCampaigns(db, SITE_KEY, server.demoCampaigns(site), Date.now());
  }
  let api;
  try {
    api = await server.listen(grapevine.app, config);
  } catch (error) {
    await db.close();
    await mailbox.close();
    await shop.close();
    throw error;
  }
  apiUrl = api.url;
  const stopJobs = server.startJobs(grapevine, options.webhookIntervalMs ?? 2_000, logger);

  return {
    shopUrl: shop.url,
    friendShopUrl: friendOrigin,
    apiUrl,
    dashboardUrl: `${apiUrl}/admin`,
    mailUrl: `${apiUrl}/admin/mail`,
    mailbox,
    adminToken,
    siteKey: SITE_KEY,
    db,
    app: grapevine,
    /** Stops the API only (the shop keeps running): for "server down" journeys. */
    async stopApi() {
      await api.close();
    },
    /** Starts the API again on the same port. */
    async restartApi() {
      api = await server.listen(grapevine.app, { host: '127.0.0.1', port: api.port });
    },
    async close() {
      await stopJobs();
      await api.close().catch(() => {});
      await mailer.close();
      await mailbox.close();
      await shop.close();
      await db.close();
    },
  };
}
