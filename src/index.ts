export { lint, type LintOptions, type LintResult } from './engine/lint.js';
export { loadConfig, type Config } from './config/config.js';
export { formatReport } from './report/format.js';
export { RULES } from './rules/index.js';
export type { Rule } from './rules/rule.js';
export { UsageError } from './errors.js';
export * from './types.js';
export { validateListing, LISTING_SCHEMA_URL, type ListingSchemaProblem } from './model/listing-schema.js';
export { init, type InitResult } from './init/init.js';
