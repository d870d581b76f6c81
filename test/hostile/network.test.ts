import net from 'node:net';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeRepo, runCli } from '../helpers/workspace.js';
import { startRecorder } from './server.js';

let recorder: Awaited<ReturnType<typeof startRecorder>>;
beforeAll(async () => {
  recorder = await startRecorder();
  // The recorder works: one probe connection is counted; every assertion below expects exactly this one.
  const socket = net.connect(recorder.port, '127.0.0.1');
  await new Promise<void>((resolve, reject) => {
    socket.once('data', () => resolve());
    socket.once('error', reject);
  });
  socket.destroy();
  expect(recorder.connections()).toBe(1);
});
afterAll(async () => {
  await recorder.close();
});

function contract(base: string): string {
  return `openapi: 3.0.3
info:
  title: Orders API
  version: 1.0.0
  x-logo:
    $ref: '${base}/ext-info.yaml'
paths:
  /orders/{orderId}:
    parameters:
      - $ref: '${base}/parameters.yaml#/OrderId'
    get:
      operationId: getOrder
      responses:
        '200':
          description: The order
          content:
            application/json:
              schema:
                $ref: '${base}/schemas.yaml#/Order'
              example:
                id: o-1
                links:
                  $ref: '${base}/in-example.yaml'
            text/plain:
              schema:
                type: string
              examples:
                linked:
                  value:
                    $ref: '${base}/in-example-value.yaml'
        '404':
          $ref: '${base}/responses.yaml#/NotFound'
      x-internal-notes:
        $ref: '${base}/in-extension.yaml'
components:
  schemas:
    Local:
      type: object
      default:
        $ref: '${base}/in-default.yaml'
`;
}

interface JsonFinding {
  ruleId: string;
  pointer: string;
  message: string;
  file: string;
}

const STRUCTURAL = ['/paths/~1orders~1{orderId}/get/responses/200/content/application~1json/schema', '/paths/~1orders~1{orderId}/get/responses/404', '/paths/~1orders~1{orderId}/parameters/0'];

describe('no network, ever', () => {
  it('built-in rules: remote $refs are structure-ref findings; $refs inside examples, defaults and x- extensions are data; no socket is opened', async () => {
    const base = `http://127.0.0.1:${recorder.port}`;
    const cwd = makeRepo({ 'openapi.yaml': contract(base) });
    const result = await runCli(['lint', '--format', 'json', '--now', '2026-11-23'], cwd);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    const findings: JsonFinding[] = JSON.parse(result.stdout).findings;
    const refFindings = findings.filter((finding) => finding.ruleId === 'structure-ref');
    expect(refFindings.map((finding) => finding.pointer).sort()).toEqual([...STRUCTURAL].sort());
    for (const finding of refFindings) expect(finding.message).toMatch(/is not fetched: publish-gate never uses the network/);
    expect(result.stdout).not.toContain('fetched\n');
    expect(recorder.connections()).toBe(1);
  });

  it('a user ruleset extending spectral:oas (Spectral runs with its own resolver): still no socket, and https/file URIs too', async () => {
    for (const base of [`http://127.0.0.1:${recorder.port}`, `https://127.0.0.1:${recorder.port}`]) {
      const cwd = makeRepo({
        'openapi.yaml': contract(base),
        'governance/ruleset.yaml': `extends: [publish-gate:recommended, spectral:oas]\nrules:\n  info-has-title:\n    given: $.info\n    severity: error\n    then:\n      field: title\n      function: truthy\n`,
      });
      const result = await runCli(['lint', '--ruleset', 'governance/ruleset.yaml', '--format', 'json', '--now', '2026-11-23'], cwd);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(1);
      const findings: JsonFinding[] = JSON.parse(result.stdout).findings;
      expect(findings.filter((finding) => finding.ruleId === 'structure-ref').map((finding) => finding.pointer).sort()).toEqual([...STRUCTURAL].sort());
      // Spectral ran (its own oas rules report), did not crash, and reported no $ref of its own.
      expect(findings.some((finding) => finding.ruleId === 'oas3-api-servers')).toBe(true);
      expect(findings.filter((finding) => finding.ruleId === 'structure-rule-crash' || finding.ruleId === 'invalid-ref')).toEqual([]);
      expect(findings.filter((finding) => finding.ruleId === 'structure-openapi-schema' || finding.ruleId === 'oas3-schema')).toEqual([]);
      expect(recorder.connections()).toBe(1);
    }
  });

  it('a remote ruleset in extends is refused (exit 2) without a connection', async () => {
    const cwd = makeRepo({
      'openapi.yaml': contract('.'),
      'governance/ruleset.yaml': `extends: ['http://127.0.0.1:${recorder.port}/ruleset.yaml']\n`,
    });
    const result = await runCli(['lint', '--ruleset', 'governance/ruleset.yaml', '--format', 'json'], cwd);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/is remote: rulesets are read from local files only/);
    expect(recorder.connections()).toBe(1);
  });
});

describe('the installed binary', () => {
  it('runs Spectral rules (spectral:oas) without crashing and without a connection', () => {
    const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
    const cwd = makeRepo({
      'openapi.yaml': contract(`http://127.0.0.1:${recorder.port}`),
      'governance/ruleset.yaml': `extends: [publish-gate:recommended, spectral:oas]\n`,
    });
    const result = spawnSync(process.execPath, [path.join(root, 'bin/publish-gate.js'), 'lint', '--ruleset', 'governance/ruleset.yaml', '--format', 'json', '--now', '2026-11-23'], { cwd, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(1);
    const findings: JsonFinding[] = JSON.parse(result.stdout).findings;
    expect(findings.some((finding) => finding.ruleId === 'oas3-api-servers')).toBe(true);
    expect(findings.filter((finding) => finding.ruleId === 'structure-rule-crash')).toEqual([]);
    expect(recorder.connections()).toBe(1);
  });
});
