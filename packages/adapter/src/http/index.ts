// `@grapevine/adapter/http`: what a browser needs to reach a Grapevine server, and nothing
// that imports zod — the HTTP backend (ky, checked by small response guards), the durable
// outbox and its storages, the typed errors. The widget's npm path loads this entry lazily.
export { ContractError, type ContractIssue, isContractError } from '../errors/contract-error.js';
export { GrapevineError, isGrapevineError } from '../errors/grapevine-error.js';
export {
  isTransportError,
  TransportError,
  type TransportErrorDetails,
  type TransportFailure,
} from '../errors/transport-error.js';
export {
  createOutbox,
  type Outbox,
  type OutboxBackend,
  type OutboxDocument,
  type OutboxOptions,
  type OutboxStatus,
  type OutboxWindow,
} from '../outbox/outbox.js';
export { memoryStorage, type OutboxStorage, webStorage } from '../outbox/storage.js';
export { type HttpBackend, type HttpBackendOptions, httpBackend } from './http-backend.js';
export type { RetryPolicy } from './retry-policy.js';
