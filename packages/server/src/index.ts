export { type AppOptions, createApp, type GrapevineApp } from './app.js';
export type { CheckResult, Outcome } from './cli/doctor/result.js';
export { type DoctorDeps, runDoctor } from './cli/doctor/run.js';
export { type Clock, DAY, type OffsetClock, offsetClock, systemClock } from './clock.js';
export { loadConfig, type ServerConfig } from './config.js';
export type { Database, Queryable } from './db/database.js';
export { migrate } from './db/migrate.js';
export { type DatabaseLocation, openDatabase } from './db/open.js';
export {
  ConfigError,
  DatabaseUnavailableError,
  DataDirLockedError,
  GrapevineServerError,
  HttpError,
  isConfigError,
  isDatabaseUnavailableError,
  isDataDirLockedError,
  isHttpError,
  isStorageFullError,
  MigrationError,
  StorageFullError,
} from './errors.js';
export { startJobs } from './jobs.js';
export { type Listening, listen } from './listen.js';
export { consoleLogger, type Logger, silentLogger, withFields } from './logger.js';
export { type CaughtMail, type MailCatcher, startMailCatcher } from './mail/catcher.js';
export {
  type EmailRequest,
  type EmailSkipReason,
  type EnqueueResult,
  enqueueEmail,
  InvalidEmailData,
  isInvalidEmailData,
} from './mail/enqueue.js';
export {
  isMailRejected,
  type Mailer,
  MailRejected,
  type OutgoingMail,
  type SentMail,
} from './mail/mailer.js';
export type { MailOptions } from './mail/options.js';
export type { Brand, EmailBasis, EmailFlow, SiteAlerts, SiteEmail } from './mail/settings.js';
export { type DkimOptions, type SmtpMailerOptions, smtpMailer } from './mail/smtp-mailer.js';
export { applyOrderFact, type FactResult } from './orders/apply-fact.js';
export type {
  Money,
  OrderFact,
  VerifiedCancellation,
  VerifiedDelivery,
  VerifiedOrder,
  VerifiedRefund,
} from './orders/facts.js';
export { verifyAdvocate } from './security/advocate-signature.js';
export { demoCampaigns } from './seed/demo-campaigns.js';
export { seedDemoData } from './seed/demo-data.js';
export { loadCampaigns, saveCampaigns } from './services/campaigns.js';
export { drainAndClose } from './shutdown.js';
export type { RewardLimits, Site } from './site.js';
export type { TickReport } from './tick.js';
export { signWebhook, verifyWebhook, WEBHOOK_SIGNATURE_HEADER } from './webhooks/signature.js';
export {
  isWidgetAssetsError,
  loadWidgetAssets,
  type WidgetAssets,
  WidgetAssetsError,
  type WidgetFile,
} from './widget/assets.js';
export { type SnippetOptions, widgetSnippet } from './widget/snippet.js';
