import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { Report } from '../types.js';
import { writeReport, type FormatOptions } from './format.js';

/** Writes the report in `format` to a file, creating its directory, in pieces (see `writeReport`). */
export function writeReportFile(absolute: string, report: Report, format: string, options: FormatOptions): void {
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
}
