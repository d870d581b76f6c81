import type { Report } from '../types.js';

/** The JSON report of PRODUCT.md: one document, stable key order, newline-terminated. */
export function formatJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
