export type { CampaignInput } from './campaign.js';
export { DURATION_MESSAGE, parseDuration } from './duration.js';
export { type ConfigError, formatPath } from './issues.js';
export { type ParseResult, parseConfig } from './parse-config.js';
