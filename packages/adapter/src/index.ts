export { ContractError, type ContractIssue, isContractError } from './errors/contract-error.js';
export { GrapevineError, isGrapevineError } from './errors/grapevine-error.js';
export {
  isTransportError,
  TransportError,
  type TransportErrorDetails,
  type TransportFailure,
} from './errors/transport-error.js';
