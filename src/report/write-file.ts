import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../errors.js';
import type { Report } from '../types.js';
import { writeReport, type FormatOptions } from './format.js';

/**
 * Writes the report in `format` to a file, creating its directory, in pieces (see `writeReport`). A file
 * that cannot be written is a `UsageError` naming it as `name` (as the user wrote it).
 */
export function writeReportFile(absolute: string, name: string, report: Report, format: string, options: FormatOptions): void {
  try {
    mkdirSync(path.dirname(absolute), { recursive: true });
    const fd = openSync(absolute, 'w');
    try {
      writeReport(report, format, options, (chunk) => {
        const bytes = Buffer.from(chunk, 'utf8');
        let written = 0;
        while (written < bytes.length) written += writeSync(fd, bytes, written);
      });
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    throw new UsageError(`cannot write ${name}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}
