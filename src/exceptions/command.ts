import path from 'node:path';
import { loadConfig } from '../config/config.js';
import { resolveNow } from '../engine/lint.js';
import { VERSION } from '../version.js';
import { dayNumber, evaluateEntries, type EntryState } from './evaluate.js';
import { findExceptionsFile, parseExceptionList } from './load.js';
import { openPolicy } from './policy.js';

export interface ExceptionsCommandOptions {
  cwd: string;
  configPath?: string;
  exceptionsPath?: string;
  policyFrom?: string;
  now?: string;
}

export interface ListedException {
  id: string;
  status: EntryState;
  expires: string | null;
  daysToExpiry: number | null;
  owner: string | null;
  ticket: string | null;
  approvedBy: string | null;
  file: string;
  line: number;
  problems?: string[];
}

export interface ExceptionsListing {
  tool: { name: 'publish-gate'; version: string };
  now: string;
  file: string | null;
  result: 'pass' | 'fail';
  summary: Record<EntryState, number>;
  exceptions: ListedException[];
  policy?: { from: string };
}

/**
 * `publish-gate exceptions`: every exception with its state on `now` (active, expiring, expired,
 * invalid), sorted by expiry. Without linting it cannot know which are unused.
 */
export function listExceptions(options: ExceptionsCommandOptions): ExceptionsListing {
  const cwd = path.resolve(options.cwd);
  const now = resolveNow(options.now);
  const policy = openPolicy(cwd, options);
  const config = policy.config ?? loadConfig(cwd, options.configPath);
  const located = findExceptionsFile(cwd, options.exceptionsPath, config.exceptions, policy.source);
  const listing: ExceptionsListing = {
    tool: { name: 'publish-gate', version: VERSION },
    now,
    file: null,
    result: 'pass',
    summary: { active: 0, expiring: 0, expired: 0, invalid: 0 },
    exceptions: [],
  };
  if (options.policyFrom) listing.policy = { from: options.policyFrom };
  if (!located) return listing;
  const list = parseExceptionList(cwd, located.absPath, located.bytes);
  listing.file = list.file.relPath;
  const evaluated = evaluateEntries(list.entries, config.policy, now);
  for (const item of evaluated) {
    listing.summary[item.state]++;
    const entry: ListedException = {
      id: item.entry.id,
      status: item.state,
      expires: item.entry.expires,
      daysToExpiry: item.state === 'invalid' ? null : item.daysToExpiry,
      owner: item.entry.owner,
      ticket: item.entry.ticket,
      approvedBy: item.entry.approvedBy,
      file: list.file.relPath,
      line: list.file.locate(['exceptions', item.entry.index]).start.line,
    };
    if (item.problems.length > 0) entry.problems = item.problems;
    listing.exceptions.push(entry);
  }
  const key = (entry: ListedException) => dayNumber(entry.expires) ?? Number.MAX_SAFE_INTEGER;
  listing.exceptions.sort((a, b) => key(a) - key(b) || a.line - b.line);
  listing.result = listing.summary.expired > 0 || listing.summary.invalid > 0 ? 'fail' : 'pass';
  return listing;
}

export function formatExceptionsListing(listing: ExceptionsListing, format: 'json' | 'stylish'): string {
  if (format === 'json') return `${JSON.stringify(listing, null, 2)}\n`;
  const lines: string[] = [];
  if (listing.policy) lines.push(`Policy from git ref ${listing.policy.from}`);
  if (!listing.file) {
    lines.push(`No exceptions file (.publish-gate.exceptions.yaml, exceptions: in the config, or --exceptions).`);
    return `${lines.join('\n')}\n`;
  }
  const rows = listing.exceptions.map((entry) => [
    entry.id,
    entry.status,
    entry.expires ?? '-',
    entry.daysToExpiry === null ? '-' : String(entry.daysToExpiry),
    entry.owner ?? '-',
    entry.ticket ?? '-',
    `${entry.file}:${entry.line}`,
  ]);
  const header = ['ID', 'STATUS', 'EXPIRES', 'DAYS', 'OWNER', 'TICKET', 'WHERE'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
  const render = (row: string[]) => row.map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column]))).join('  ');
  lines.push(render(header));
  listing.exceptions.forEach((entry, index) => {
    lines.push(render(rows[index]));
    for (const problem of entry.problems ?? []) lines.push(`    ↳ ${problem}`);
  });
  const { summary } = listing;
  lines.push('');
  lines.push(
    `${listing.result === 'pass' ? '✔' : '✖'} ${listing.exceptions.length} exception${listing.exceptions.length === 1 ? '' : 's'} on ${listing.now}: ${summary.active} active, ${summary.expiring} expiring, ${summary.expired} expired, ${summary.invalid} invalid (unused exceptions are found by publish-gate lint)`,
  );
  return `${lines.join('\n')}\n`;
}
