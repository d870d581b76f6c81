import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/types.js';
import { makeRepo, runCli } from '../helpers/workspace.js';

// A JSON string may carry any control character: ESC sequences would recolour, erase or fake lines
// of a terminal or a CI log when a message quotes the value (here a server URL and a path).
const CONTRACT = JSON.stringify({
  openapi: '3.0.3',
  info: { title: 'Evil', version: '1.0.0' },
  servers: [{ url: 'http://x\u001b[2J\u001b[31m.example.com\nfake line\u202e' }],
  paths: { '/a\u0007b': { get: { responses: { '200': { description: 'ok' } } } } },
});

const EXCEPTIONS = `apiVersion: publish-gate/v1
kind: ExceptionList
exceptions:
  - id: "EXC\\e[2J-1"
    rules: [auth-operation-security]
    files: ["openapi.json"]
    ticket: "T-1\\e[31m"
    owner: "o\\nwner"
    approvedBy: a
    reason: r
    created: 2026-11-01
    expires: 2026-11-25
`;

describe('control characters from contracts and exceptions never reach a terminal or a log', () => {
  it('are written as \\uXXXX in every text format; JSON keeps a printable message', async () => {
    const cwd = makeRepo({ 'openapi.json': CONTRACT, '.publish-gate.exceptions.yaml': EXCEPTIONS });
    for (const format of ['stylish', 'github', 'markdown', 'junit', 'json', 'sarif']) {
      const result = await runCli(['lint', '--format', format, '--now', '2026-11-23', '--no-color'], cwd);
      expect(result.stderr, format).toBe('');
      expect(result.code, format).toBe(1);
      expect(result.stdout, format).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
      if (format === 'stylish') {
        expect(result.stdout).toContain('the API server "http://x\\u001b[2J\\u001b[31m.example.com\\u000afake line\\u202e" uses plain HTTP');
        expect(result.stdout).toContain('EXC\\u001b[2J-1');
      }
    }
    const report = JSON.parse((await runCli(['lint', '--format', 'json', '--now', '2026-11-23'], cwd)).stdout) as Report;
    for (const finding of report.findings) expect(finding.message).not.toMatch(/[\u0000-\u001f]/);
    expect(report.findings.find((finding) => finding.ruleId === 'auth-operation-security')?.waivedBy).toEqual({ id: 'EXC\\u001b[2J-1', ticket: 'T-1\\u001b[31m', owner: 'o\\u000awner', expires: '2026-11-25' });
  });
});
