import type { Finding, Report, Severity } from '../types.js';
import { failsGate } from './rule-meta.js';

export interface JunitOptions {
  failOn?: Severity | 'none';
}

/**
 * JUnit XML: one testsuite per file, one testcase per finding. A finding that fails the gate is a
 * `<failure>`, a waived one is `<skipped>`, one below `failOn` passes (its message in `<system-out>`).
 * A clean run is one passing testcase, so CI test views show that the gate ran.
 */
export function formatJunit(report: Report, options: JunitOptions = {}): string {
  const failOn = options.failOn ?? 'error';
  const byFile = new Map<string, Finding[]>();
  for (const finding of report.findings) {
    const list = byFile.get(finding.file) ?? [];
    list.push(finding);
    byFile.set(finding.file, list);
  }
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  let skipped = 0;
  for (const [file, findings] of byFile) {
    const cases: string[] = [];
    let suiteFailures = 0;
    let suiteSkipped = 0;
    for (const finding of findings) {
      const { line, column } = finding.range.start;
      const name = `${finding.ruleId} ${file}:${line}:${column} ${finding.pointer || '/'}`;
      const open = `    <testcase classname="${attr(`publish-gate.${finding.control}`)}" name="${attr(name)}" file="${attr(file)}" line="${line}">`;
      const detail = `${finding.message}\n${finding.hint}\nrule: ${finding.ruleId} [${finding.control}], severity: ${finding.severity}\nat: ${file}:${line}:${column} ${finding.pointer}\ndocs: ${finding.docs}`;
      if (finding.waivedBy) {
        suiteSkipped++;
        const waiver = finding.waivedBy;
        cases.push(`${open}\n      <skipped message="${attr(`waived by ${waiver.id} (ticket ${waiver.ticket}, owner ${waiver.owner}, expires ${waiver.expires}): ${finding.message}`)}"/>\n    </testcase>`);
      } else if (failsGate(finding, failOn)) {
        suiteFailures++;
        cases.push(`${open}\n      <failure message="${attr(finding.message)}" type="${finding.severity}">${text(detail)}</failure>\n    </testcase>`);
      } else {
        cases.push(`${open}\n      <system-out>${text(detail)}</system-out>\n    </testcase>`);
      }
    }
    tests += findings.length;
    failures += suiteFailures;
    skipped += suiteSkipped;
    suites.push(
      `  <testsuite name="${attr(file)}" tests="${findings.length}" failures="${suiteFailures}" errors="0" skipped="${suiteSkipped}">\n${cases.join('\n')}\n  </testsuite>`,
    );
  }
  if (suites.length === 0) {
    tests = 1;
    suites.push(
      `  <testsuite name="publish-gate" tests="1" failures="0" errors="0" skipped="0">\n    <testcase classname="publish-gate" name="${attr(`${report.summary.files} file(s) linted, no findings`)}"/>\n  </testsuite>`,
    );
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="publish-gate" tests="${tests}" failures="${failures}" errors="0" skipped="${skipped}">\n${suites.join('\n')}\n</testsuites>\n`;
}

/** XML 1.0 forbids most control characters even escaped; they are replaced. */
function clean(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '\ufffd');
}

function text(value: string): string {
  return clean(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function attr(value: string): string {
  return text(value).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}
