export type { ContractIssue } from '../errors/contract-error.js';
export { ContractError, isContractError } from '../errors/contract-error.js';
export { GrapevineError, isGrapevineError } from '../errors/grapevine-error.js';
export { advocateSchema, referralRequestSchema } from './advocate.js';
export { decodeAdvocateHeader } from './advocate-header.js';
export { endpoints } from './endpoints.js';
export { errorBodySchema } from './error-body.js';
export {
  copyEventSchema,
  dismissEventSchema,
  dropReportSchema,
  eventBatchSchema,
  eventSchema,
  friendClaimEventSchema,
  impressionEventSchema,
  MAX_EVENTS_PER_BATCH,
  npsAnswerEventSchema,
  npsCommentEventSchema,
  optOutEventSchema,
  purchaseEventSchema,
  referralCapturedEventSchema,
  sendResultSchema,
  shareChannelSchema,
  shareEventSchema,
  snoozeEventSchema,
} from './events.js';
export {
  ADVOCATE_HEADER,
  CONTRACT_VERSION,
  encodeAdvocateHeader,
  SITE_KEY_HEADER,
} from './headers.js';
export {
  customerLedgerEntrySchema,
  customerLedgerQuerySchema,
  customerLedgerSchema,
  ledgerEntryTypeSchema,
  MAX_LEDGER_ENTRIES,
} from './ledger.js';
export {
  type ContractCheck,
  checkContract,
  formatPath,
  parseContract,
  parseJson,
} from './parse.js';
export {
  countSchema,
  currencySchema,
  epochMsSchema,
  httpUrlSchema,
  idSchema,
  isoDateTimeSchema,
  labelSchema,
  referralCodeSchema,
} from './primitives.js';
export {
  advocateStatsSchema,
  campaignsResponseSchema,
  claimSchema,
  friendClaimSchema,
  friendOfferQuerySchema,
  friendOfferSchema,
  offerStatusSchema,
  referralOfferSchema,
  referralSchema,
  rewardSchema,
} from './referral.js';
export { type EndpointName, endpointLabel, endpointPath, routes } from './routes.js';
