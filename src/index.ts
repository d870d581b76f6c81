export { lint, type LintOptions, type LintResult } from './engine/lint.js';
export { loadConfig, type Config } from './config/config.js';
export { formatReport } from './report/format.js';
export { RULES } from './rules/index.js';
export type { Rule } from './rules/rule.js';
export { UsageError } from './errors.js';
export { listExceptions, type ExceptionsListing } from './exceptions/command.js';
export * from './types.js';
