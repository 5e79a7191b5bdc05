export type {
  Advocate,
  AdvocateStats,
  Backend,
  Claim,
  CopyEvent,
  CustomerLedger,
  CustomerLedgerEntry,
  DismissEvent,
  DropReport,
  EpochMs,
  EventBase,
  EventBatch,
  FriendClaim,
  FriendClaimEvent,
  FriendOffer,
  GrapevineEvent,
  GrapevineEventType,
  ImpressionEvent,
  NpsAnswerEvent,
  NpsCommentEvent,
  NpsSegment,
  OfferStatus,
  OptOutEvent,
  PromptEventBase,
  PurchaseEvent,
  Referral,
  ReferralCapturedEvent,
  ReferralOffer,
  Reward,
  SendResult,
  ShareChannel,
  ShareEvent,
  SnoozeEvent,
} from './backend.js';
export { bucket } from './bucket.js';
export { resolveMessages } from './content.js';
export { cutText } from './cut-text.js';
export { decide } from './decide.js';
export { explain } from './explain.js';
export { MESSAGE_KEYS } from './message-keys.js';
export { isNpsScore, type NpsResult, nps, segment } from './nps.js';
export { DEFAULT_POLICY, resolvePolicy } from './policy.js';
export { describeReason } from './reason-text.js';
export { record } from './record.js';
export { SHARE_CHANNELS } from './share-channels.js';
export { stringifyJson } from './stringify-json.js';
export type {
  Campaign,
  CampaignKind,
  Content,
  Frequency,
  Placement,
  Requires,
  Schedule,
  Variant,
} from './types/campaign.js';
export type {
  AllCondition,
  AnyCondition,
  Comparison,
  Condition,
  Device,
  DeviceCondition,
  LocaleCondition,
  NotCondition,
  PropertyFilter,
  Scalar,
  TraitCondition,
  UrlCondition,
  UrlMatchKind,
  UrlPattern,
} from './types/condition.js';
export type { Config, GlobalPolicy } from './types/config.js';
export type {
  Decision,
  Explanation,
  GateName,
  GateResult,
  ReasonCode,
  TriggerMatch,
} from './types/decision.js';
export type { Ledger, LedgerChannel, LedgerEntry, LedgerEntryType } from './types/ledger.js';
export type {
  Consent,
  Lease,
  PageContext,
  Signal,
  SignalType,
  Snapshot,
  Visitor,
} from './types/snapshot.js';
export type {
  ElementVisibleTrigger,
  EventTrigger,
  ExitIntentTrigger,
  IdleTrigger,
  ManualTrigger,
  PageviewCountTrigger,
  PageviewTrigger,
  PurchaseTrigger,
  ScrollDepthTrigger,
  SessionStartTrigger,
  TimeOnPageTrigger,
  Trigger,
  TriggerScope,
  TriggerTiming,
  TriggerType,
} from './types/trigger.js';
export { DEFAULT_VARIANT } from './variant.js';
export { withoutInheritedKeys } from './without-inherited-keys.js';
