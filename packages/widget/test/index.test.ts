import { describe, expect, it } from 'vitest';
import * as widget from '../src/index.js';

describe('@grapevine/widget public surface', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(widget).sort()).toMatchInlineSnapshot(`
      [
        "createGrapevine",
      ]
    `);
  });
});
