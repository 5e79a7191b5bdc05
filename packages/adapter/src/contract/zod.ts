// The one place the contract imports zod. `zod/mini` keeps the browser bundle small, and
// its objects never compile code (no `new Function` probe for a strict CSP to report), so
// the contract leaves zod's page-wide config (`z.config`, shared with the host app's zod)
// alone. Builders are re-exported by name, not as zod's namespace object, so bundlers can
// still tree-shake zod.
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
