// The one place the contract imports zod. `zod/mini` keeps the browser bundle small, and
// `jitless` must be set before any schema is built: zod decides at construction whether to
// probe `new Function`, and on strict-CSP pages that probe files a violation report even
// though zod catches the error. Schema modules import their builders from here, so this
// module (and its `config` call) is evaluated first whenever a schema is used. Builders are
// re-exported by name, not as zod's namespace object, so bundlers can still tree-shake zod.
import { config } from 'zod/mini';

config({ jitless: true });

export type { output, ZodMiniType } from 'zod/mini';
export {
  array,
  boolean,
  discriminatedUnion,
  enum,
  exactOptional,
  int,
  iso,
  literal,
  maximum,
  maxLength,
  minimum,
  minLength,
  nullable,
  number,
  object,
  regex,
  registry,
  string,
  toJSONSchema,
  unknown,
  url,
} from 'zod/mini';
