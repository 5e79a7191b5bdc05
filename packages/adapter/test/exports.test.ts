// The public surface is explicit: adding, renaming or removing an export shows up here.
import { describe, expect, it } from 'vitest';
import * as contract from '../src/contract/index.js';
import * as http from '../src/http/index.js';
import * as main from '../src/index.js';
import * as server from '../src/server/index.js';

describe('public exports', () => {
  it.each([
    ['@grapevine/adapter', main],
    ['@grapevine/adapter/contract', contract],
    ['@grapevine/adapter/http', http],
    ['@grapevine/adapter/server', server],
  ])('%s', (_name, module) => {
    expect(Object.keys(module).sort()).toMatchSnapshot();
  });
});
