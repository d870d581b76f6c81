import { UsageError } from '../errors.js';
import type { Report, Severity } from '../types.js';
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatMarkdown } from './markdown.js';
import { writeJsonChunks } from './json-chunks.js';
import { formatSarif, sarifLog } from './sarif.js';
import { formatStylish, writeStylish } from './stylish.js';

export const FORMATS = ['stylish', 'json', 'sarif', 'junit', 'markdown', 'github'] as const;
export type FormatName = (typeof FORMATS)[number];

export interface FormatOptions {
  color: boolean;
  quiet: boolean;
  /** The gate's threshold (junit failures, markdown tables); default `error`. */
  failOn?: Severity | 'none';
  /** Base URL for rule docs (SARIF helpUri, markdown links); default: none / relative. */
  docsBaseUrl?: string;
}

export function isFormatName(name: string): name is FormatName {
  return (FORMATS as readonly string[]).includes(name);
}

export function formatReport(report: Report, format: string, options: FormatOptions): string {
  switch (format) {
    case 'json':
      return formatJson(report);
    case 'stylish':
      return formatStylish(report, options);
    case 'sarif':
      return formatSarif(report, { docsBaseUrl: options.docsBaseUrl });
    case 'junit':
      return formatJunit(report, { failOn: options.failOn });
    case 'markdown':
      return formatMarkdown(report, { failOn: options.failOn, docsBaseUrl: options.docsBaseUrl });
    case 'github':
      return formatGithub(report);
    default:
      throw new UsageError(`unknown format "${format}" (known: ${FORMATS.join(', ')})`);
  }
}

/**
 * Writes the report in `format` to `sink` in pieces: the stylish, JSON and SARIF reports of a large run are
 * never built as one string (the bytes are the same as `formatReport`'s).
 */
export function writeReport(report: Report, format: string, options: FormatOptions, sink: (chunk: string) => void): void {
  if (format === 'json' || format === 'sarif') {
    writeJsonChunks(format === 'json' ? report : sarifLog(report, { docsBaseUrl: options.docsBaseUrl }), sink);
    sink('\n');
    return;
  }
  if (format === 'stylish') {
    writeStylish(report, options, sink);
    return;
  }
  sink(formatReport(report, format, options));
}
