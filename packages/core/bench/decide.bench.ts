// `pnpm bench`: decide() for 20 campaigns and a 1,000-entry ledger (target: < 50 µs median).
import { bench, describe } from 'vitest';
import { decide } from '../src/index.js';
import { config, snapshot } from './fixture.js';

describe('decide', () => {
  bench('20 campaigns, 1,000-entry ledger', () => {
    decide(config, snapshot);
  });
});
