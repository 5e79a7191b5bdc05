// The script tag's lazily loaded config checker (zod/mini): only pages with campaigns load it.
export { parseConfig } from '@grapevine/core/schema';
