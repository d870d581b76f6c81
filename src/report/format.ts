import { UsageError } from '../errors.js';
import type { Report } from '../types.js';
import { formatJson } from './json.js';
import { formatStylish } from './stylish.js';

export const FORMATS = ['stylish', 'json'] as const;
export type FormatName = (typeof FORMATS)[number];

export interface FormatOptions {
  color: boolean;
  quiet: boolean;
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
    default:
      throw new UsageError(`unknown format "${format}" (known: ${FORMATS.join(', ')})`);
  }
}
