// The one place the contract imports zod. `zod/mini` keeps the browser bundle small, and
// `jitless` must be set before any schema is built: zod decides at construction whether to
// probe `new Function`, and on strict-CSP pages that probe files a violation report even
// though zod catches the error. Every schema module imports `z` from here, so bundlers
// honouring `sideEffects: false` keep this module whenever a schema is used.
import * as z from 'zod/mini';

z.config({ jitless: true });

export { z };
