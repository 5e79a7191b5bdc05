export { type CouponCheck, couponCheckSchema, redeemRequestSchema } from './coupons-contract.js';
export { buildOpenApi } from './openapi.js';
export {
  type CancelRequest,
  cancelRequestSchema,
  type DeliveredRequest,
  decimalAmountSchema,
  deliveredRequestSchema,
  type OrderRequest,
  type OrderResult,
  orderRequestSchema,
  orderResultSchema,
  type RefundRequest,
  refundRequestSchema,
  rewardSummarySchema,
} from './orders-contract.js';
export {
  grapevineServerClient,
  type ServerClient,
  type ServerClientOptions,
} from './server-client.js';
export { type SignOptions, signAdvocate } from './sign-advocate.js';
export {
  SERVER_SIGNATURE_HEADER,
  type ServerRequestToSign,
  signServerRequest,
} from './sign-server-request.js';
export {
  type AdvocateVerdict,
  checkAdvocate,
  type VerifyOptions,
  verifyAdvocate,
} from './verify-advocate.js';
