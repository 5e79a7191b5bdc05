// The public surface, as a visible diff: adding or removing an export changes this test.
import { describe, expect, it } from 'vitest';
import * as core from '../src/index.js';
import * as schema from '../src/schema/index.js';

describe('public exports', () => {
  it('@grapevine/core', () => {
    expect(Object.keys(core).sort()).toEqual([
      'DEFAULT_POLICY',
      'DEFAULT_VARIANT',
      'MESSAGE_KEYS',
      'SHARE_CHANNELS',
      'bucket',
      'cutText',
      'decide',
      'describeReason',
      'explain',
      'isNpsScore',
      'nps',
      'record',
      'resolveMessages',
      'resolvePolicy',
      'segment',
      'stringifyJson',
      'withoutInheritedKeys',
    ]);
  });

  it('@grapevine/core/schema', () => {
    expect(Object.keys(schema).sort()).toEqual([
      'DURATION_MESSAGE',
      'formatPath',
      'parseConfig',
      'parseDuration',
    ]);
  });
});
