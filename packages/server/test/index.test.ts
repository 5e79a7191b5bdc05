import { describe, expect, it } from 'vitest';
import * as server from '../src/index.js';

describe('public surface', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(server).sort()).toEqual([
      'ConfigError',
      'DAY',
      'DataDirLockedError',
      'DatabaseUnavailableError',
      'GrapevineServerError',
      'HttpError',
      'MigrationError',
      'StorageFullError',
      'WEBHOOK_SIGNATURE_HEADER',
      'applyOrderFact',
      'consoleLogger',
      'createApp',
      'demoCampaigns',
      'drainAndClose',
      'isConfigError',
      'isDataDirLockedError',
      'isDatabaseUnavailableError',
      'isHttpError',
      'isStorageFullError',
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
      'startJobs',
      'systemClock',
      'verifyAdvocate',
      'verifyWebhook',
      'withFields',
    ]);
  });
});
