export { ContractError, type ContractIssue, isContractError } from './errors/contract-error.js';
export { GrapevineError, isGrapevineError } from './errors/grapevine-error.js';
export { isPoisonEventError, PoisonEventError } from './errors/poison-event-error.js';
export {
  isTransportError,
  TransportError,
  type TransportErrorDetails,
  type TransportFailure,
} from './errors/transport-error.js';
export { type HttpBackend, type HttpBackendOptions, httpBackend } from './http/http-backend.js';
export type { RetryPolicy } from './http/retry-policy.js';
export {
  type MemoryBackend,
  type MemoryBackendSeed,
  type MemoryInspection,
  memoryBackend,
} from './memory/memory-backend.js';
export {
  createOutbox,
  type Outbox,
  type OutboxBackend,
  type OutboxDocument,
  type OutboxOptions,
  type OutboxStatus,
  type OutboxWindow,
} from './outbox/outbox.js';
export { memoryStorage, type OutboxStorage, webStorage } from './outbox/storage.js';
