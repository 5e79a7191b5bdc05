import { describe, expect, it } from 'vitest';
import * as server from '../src/index.js';

describe('public surface', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(server).sort()).toEqual([
      'ConfigError',
      'DAY',
      'GrapevineServerError',
      'HttpError',
      'InvalidEmailData',
      'MailRejected',
      'MigrationError',
      'WEBHOOK_SIGNATURE_HEADER',
      'applyOrderFact',
      'consoleLogger',
      'createApp',
      'demoCampaigns',
      'enqueueEmail',
      'isConfigError',
      'isHttpError',
      'isInvalidEmailData',
      'isMailRejected',
      'listen',
      'loadCampaigns',
      'loadConfig',
      'migrate',
      'offsetClock',
      'openDatabase',
      'saveCampaigns',
      'seedDemoData',
      'signWebhook',
      'silentLogger',
      'smtpMailer',
      'startJobs',
      'startMailCatcher',
      'systemClock',
      'verifyAdvocate',
      'verifyWebhook',
    ]);
  });
});
