import { describe, expect, it, vi } from 'vitest';
import { displayRef, redactSecrets } from '../../src/load/redact.js';
import { makeRepo, runCli } from '../helpers/workspace.js';

const TOKENS = ['ghp_R2d2C3poXwingTieFighter0123456789', 'sk_live_4eC39HqLyjWDarjtT1zdp7dc', 'AKIAIOSFODNN7EXAMPLE', 'hunter2hunter2hunter2'];

const CONTRACT = `openapi: 3.0.3
info:
  title: Orders API
  version: 1.0.0
  x-deploy-token: ${TOKENS[0]}
servers:
  - url: https://api.example.com/v1?api_key=${TOKENS[3]}
paths:
  /orders:
    get:
      operationId: listOrders
      parameters:
        - name: Authorization
          in: header
          example: Bearer ${TOKENS[1]}
          schema:
            type: string
            default: ${TOKENS[2]}
      responses:
        '200':
          $ref: 'https://deploy:${TOKENS[0]}@internal.example.com/responses.yaml?token=${TOKENS[3]}#/Ok'
        '404':
          $ref: './missing-${TOKENS[2]}.yaml'
`;

/** Runs the CLI in-process with DEBUG=publish-gate, capturing stdout, stderr and anything written to process.stderr. */
async function runDebug(cwd: string, args: string[]): Promise<{ status: number; out: string }> {
  const previous = process.env.DEBUG;
  process.env.DEBUG = 'publish-gate';
  let direct = '';
  const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    direct += String(chunk);
    return true;
  });
  try {
    const result = await runCli(['lint', '--now', '2026-11-23', ...args], cwd, { DEBUG: 'publish-gate' });
    return { status: result.code, out: result.stdout + result.stderr + direct };
  } finally {
    spy.mockRestore();
    if (previous === undefined) delete process.env.DEBUG;
    else process.env.DEBUG = previous;
  }
}

describe('DEBUG output and messages publish-gate writes do not print contract secrets', () => {
  it('masking keeps the first 4 characters and the length; paths and words stay readable', () => {
    expect(redactSecrets(`token ${TOKENS[1]} at /work/apis/openapi.yaml:12`)).toBe('token sk_l…(32 chars) at /work/apis/openapi.yaml:12');
    expect(displayRef(`https://deploy:${TOKENS[0]}@host.example.com/a.yaml?token=${TOKENS[3]}#/Ok`)).toBe('https://depl…(44 chars)@host.example.com/a.yaml?token=hunt…(21 chars)#/Ok');
    expect(redactSecrets('structure-openapi-schema failed')).toBe('structure-openapi-schema failed');
    expect(displayRef('./a\u001b[2J\nb\u202e.yaml')).toBe('./a\\u001b[2J\\u000ab\\u202e.yaml');
  });

  it('json, stylish and DEBUG=publish-gate, with built-in rules and with spectral:oas: no token appears', async () => {
    const cwd = makeRepo({ 'openapi.yaml': CONTRACT, 'ruleset.yaml': 'extends: [publish-gate:recommended, spectral:oas]\n' });
    for (const args of [['--format', 'json'], ['--format', 'stylish'], ['--ruleset', 'ruleset.yaml', '--format', 'json'], ['--ruleset', 'ruleset.yaml', '--format', 'stylish']]) {
      const { status, out } = await runDebug(cwd, args);
      expect(status, args.join(' ')).toBe(1);
      expect(out).toMatch(/structure-ref/);
      for (const token of TOKENS) expect(out, `${args.join(' ')}: ${token}`).not.toContain(token);
    }
  });

  it('a megabyte-long $ref or duplicate key is shown clipped, and token-like keys masked', async () => {
    const longRef = `./${'a'.repeat(1_000_000)}.yaml`;
    const cwd = makeRepo({
      'openapi.yaml': `${CONTRACT.replace(/paths:[\s\S]*$/, '')}paths:\n  /a:\n    $ref: '${longRef}'\nx-keys:\n  ${TOKENS[1]}: 1\n  ${TOKENS[1]}: 2\n`,
    });
    const { status, out } = await runDebug(cwd, ['--format', 'json']);
    expect(status).toBe(1);
    expect(out.length).toBeLessThan(20_000);
    const messages = JSON.parse(out.slice(0, out.lastIndexOf('}') + 1)).findings.map((finding: { message: string }) => finding.message);
    expect(messages).toContainEqual(expect.stringMatching(/duplicate key "sk_l…\(32 chars\)"/));
    for (const token of TOKENS) expect(out).not.toContain(token);
  });
});
