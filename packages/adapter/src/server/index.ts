export { buildOpenApi } from './openapi.js';
export { type SignOptions, signAdvocate } from './sign-advocate.js';
export {
  type AdvocateVerdict,
  checkAdvocate,
  type VerifyOptions,
  verifyAdvocate,
} from './verify-advocate.js';
