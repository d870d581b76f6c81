import { describe, expect, it } from 'vitest';
import { formatReport } from '../../src/report/format.js';
import { lint } from '../../src/engine/lint.js';
import { detectSecret, isSecretFieldName, maskSecret } from '../../src/model/secrets.js';
import { testRule } from '../helpers/rule-tester.js';
import { makeRepo } from '../helpers/workspace.js';

// Credential-shaped values assembled at run time, so that this file itself holds no token a scanner would flag.
const GITHUB = ['gh', 'p_', 'R7kQm2xV9tLp4Zs8Wc3Nd6Hj1Bf5Gy0Ae2Uq'].join('');
const STRIPE = ['sk', '_live_', '51Hx9QmK2vT8pLr4ZsW7cN3dJ6'].join('');
const SLACK = ['xo', 'xb-', '2841937561-7730461592-Kd8sPq2LmW4xZr7Tn'].join('');
const SESSION = '9fQ2' + 'vLx8Rk3Tn6Wz1Bc5Hm7J';
const AWS = ['AK', 'IA', 'Q3ZK7VHN2RT6WXPL'].join('');
const JWT_VALUE = [
  Buffer.from('{"alg":"HS256","typ":"JWT"}').toString('base64url'),
  Buffer.from('{"sub":"u_8f2k","scope":"orders:write","exp":1767225600}').toString('base64url'),
  'Qm9vR3x7Lk2pZ8wT4sV1nY6cJ0hD5fA9eU3rB',
].join('.');
// 1,024 pseudo-random bytes (a fixed linear congruential sequence): shaped like a key, not any real one.
let seed = 20261123;
const KEY_BODY = Buffer.from(Array.from({ length: 1024 }, () => ((seed = (seed * 1103515245 + 12345) % 2147483648) >> 16) & 255)).toString('base64');
const PEM = `-----BEGIN RSA PRIVATE KEY-----\n${KEY_BODY.match(/.{1,64}/g)!.join('\n')}\n-----END RSA PRIVATE KEY-----\n`;

const header = `openapi: 3.0.3
info:
  title: Payments API
  version: 1.0.0
`;

testRule('secrets-in-examples', {
  valid: [
    {
      name: 'placeholders, test keys and ordinary values',
      contract: `${header}paths:
  /tokens:
    post:
      parameters:
        - name: X-Api-Key
          in: header
          schema:
            type: string
            example: YOUR_API_KEY
      responses:
        '201':
          description: A token.
          content:
            application/json:
              schema:
                type: object
                properties:
                  token:
                    type: string
                    example: <token>
                  secret_key:
                    type: string
                    example: sk_test_4eC39HqLyjWDarjtT1zdp7dc
                  live_key:
                    type: string
                    example: sk_live_xxxxxxxxxxxxxxxxxxxxxxxx
                  github_token:
                    type: string
                    example: ghp_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                  password:
                    type: string
                    example: correct horse battery staple
                  public_key:
                    type: string
                    example: pk_live_51Hx9QmK2vT8pLr4ZsW7cN3dJ6
                  next_page_token:
                    type: string
                    example: Q2xpZW50OjEyMzQ1Njc4OTBhYmNkZWY
                  key:
                    type: string
                    example: customer_tier
                  id:
                    type: string
                    example: 3fa85f64-5717-4562-b3fc-2c963f66afa6
              example:
                token: REPLACE_WITH_YOUR_TOKEN
                access_token: 2YotnFZFEjr1zCsicMWpAA
                installation_token: ${['gh', 's_', '16C7e42F292c6912E7710c838347Ae178B4a'].join('')}
`,
    },
  ],
  invalid: [
    {
      name: 'a server variable default named like a credential (3.0)',
      contract: `openapi: 3.0.3
info:
  title: Metrics API
  version: 1.0.0
servers:
  - url: https://{tenant}.metrics.example.com/{accessToken}
    variables:
      tenant:
        default: acme
      accessToken:
        default: ${SESSION}
paths: {}
`,
      errors: [{ pointer: '/servers/0/variables/accessToken/default', line: 11, column: 9, message: 'The default value of "accessToken"' }],
    },
    {
      name: 'a response header example and a Slack token in a description (2.0)',
      contractFile: 'swagger.yaml',
      contract: `swagger: '2.0'
info:
  title: Chat API
  version: 1.0.0
paths:
  /sessions:
    post:
      description: 'Call with Authorization: Bearer ${SLACK}'
      responses:
        '201':
          description: A session.
          headers:
            X-Session-Token:
              type: string
              x-example: ${SESSION}
`,
      errors: [
        { pointer: '/paths/~1sessions/post/description', line: 8, column: 7, message: 'The description contains what looks like a live Slack token: xoxb… (' },
        { pointer: '/paths/~1sessions/post/responses/201/headers/X-Session-Token/x-example', line: 15, column: 15, message: 'The x-example value of "X-Session-Token" contains what looks like a live high-entropy value in "X-Session-Token": 9fQ2… (24 chars)' },
      ],
    },
    {
      name: 'token formats in example, default, enum and x-example (3.0)',
      contract: `${header}paths:
  /payments:
    get:
      parameters:
        - name: Authorization
          in: header
          schema:
            type: string
            default: Bearer ${GITHUB}
        - name: region
          in: query
          schema:
            type: string
            enum: [eu, '${AWS}']
      responses:
        '200':
          description: Payments.
          content:
            application/json:
              schema:
                type: object
                x-example:
                  api_key: ${STRIPE}
              examples:
                session:
                  summary: A session.
                  value:
                    session: ${JWT_VALUE}
`,
      errors: [
        { pointer: '/paths/~1payments/get/parameters/0/schema/default', line: 13, column: 13, severity: 'error', message: `looks like a live GitHub token: ghp_… (40 chars)` },
        { pointer: '/paths/~1payments/get/parameters/1/schema/enum/1', line: 18, column: 24, message: 'The enum value of "region" contains what looks like a live AWS access key id: AKIA… (20 chars)' },
        { pointer: '/paths/~1payments/get/responses/200/content/application~1json/schema/x-example/api_key', line: 27, column: 19, message: 'The x-example value of "api_key" contains what looks like a live Stripe live secret key: sk_l… (34 chars)' },
        { pointer: '/paths/~1payments/get/responses/200/content/application~1json/examples/session/value/session', line: 32, column: 21, message: `JWT: eyJh… (${JWT_VALUE.length} chars)` },
      ],
    },
    {
      name: 'high-entropy credential fields and a private key in a $ref\'d examples file (3.1 JSON)',
      contractFile: 'openapi.json',
      contract: `{
  "openapi": "3.1.0",
  "info": {"title": "Apps API", "version": "1.0.0"},
  "paths": {
    "/apps": {
      "post": {
        "responses": {
          "201": {
            "description": "The app and its credentials.",
            "content": {"application/json": {
              "schema": {"type": "object", "properties": {"client_secret": {"type": "string", "examples": ["f3K9zQ2mX7vB4nL8pR1tY6wC0dH5jS"]}}},
              "examples": {"created": {"$ref": "./examples/app.yaml"}}
            }}
          }
        }
      }
    }
  }
}
`,
      files: {
        'examples/app.yaml': `summary: A new app.
value:
  id: 42
  pem: |
${PEM.split('\n').filter(Boolean).map((line) => `    ${line}`).join('\n')}
`,
      },
      errors: [
        { file: 'examples/app.yaml', pointer: '/value/pem', line: 4, column: 3, message: 'rsa private key: ----' },
        { pointer: '/paths/~1apps/post/responses/201/content/application~1json/schema/properties/client_secret/examples/0', line: 11, column: 108, message: 'high-entropy value in "client_secret": f3K9… (30 chars)' },
      ],
    },
    {
      name: 'password default in a 2.0 definition',
      contractFile: 'swagger.yaml',
      contract: `swagger: '2.0'
info:
  title: Database API
  version: 1.0.0
paths:
  /databases:
    get:
      responses:
        '200':
          description: Databases.
          schema:
            $ref: '#/definitions/Database'
definitions:
  Database:
    type: object
    properties:
      password:
        type: string
        default: Zq8vN3kW5rT1yB7m
      headers:
        type: object
        example:
          Authorization: Bearer ${SESSION}
`,
      errors: [
        { pointer: '/definitions/Database/properties/password/default', line: 19, column: 9, message: 'The default value of "password" contains what looks like a live high-entropy value in "password": Zq8v… (16 chars)' },
        { pointer: '/definitions/Database/properties/headers/example/Authorization', line: 23, column: 11, message: 'The example value of "Authorization"' },
      ],
    },
  ],
});

describe('secrets masking', () => {
  it('masks to the first 4 characters and the length', () => {
    expect(maskSecret(GITHUB)).toBe('ghp_… (40 chars)');
  });

  it('never shows the raw value in stylish or JSON output', async () => {
    const cwd = makeRepo({
      'openapi.yaml': `${header}paths:
  /keys:
    get:
      responses:
        '200':
          description: Keys.
          content:
            application/json:
              example:
                secret: ${STRIPE}
                token: ${GITHUB}
`,
    });
    const { report } = await lint({ cwd, now: '2026-11-23' });
    expect(report.findings.filter((finding) => finding.ruleId === 'secrets-in-examples')).toHaveLength(2);
    for (const format of ['stylish', 'json'] as const) {
      const text = formatReport(report, format, { color: false, quiet: false });
      expect(text).not.toContain(STRIPE.slice(4));
      expect(text).not.toContain(GITHUB.slice(4));
    }
  });

  it('recognises credential field names but not look-alikes', () => {
    for (const name of ['token', 'access_token', 'clientSecret', 'X-Api-Key', 'private-key', 'password', 'authToken']) expect(isSecretFieldName(name), name).toBe(true);
    for (const name of ['public_key', 'key_id', 'next_page_token', 'token_type', 'key', 'idempotency_key', 'password_reset_url']) expect(isSecretFieldName(name), name).toBe(false);
  });

  it('recognises the well-known token formats', () => {
    const random = (length: number, alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789') => {
      let seed = length * 7919;
      return Array.from({ length }, () => alphabet[(seed = (seed * 48271) % 2147483647) % alphabet.length]).join('');
    };
    const cases: Array<[string, string]> = [
      [['rk', '_live_', random(24)].join(''), 'Stripe live secret key'],
      [['gh', 'o_', random(36)].join(''), 'GitHub token'],
      [['github', '_pat_', random(22), '_', random(59)].join(''), 'GitHub fine-grained token'],
      [['AS', 'IA', random(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')].join(''), 'AWS access key id'],
      [['xo', 'xp-', '1234', '-', random(24)].join(''), 'Slack token'],
      [['AI', 'za', random(35)].join(''), 'Google API key'],
      [['gl', 'pat-', random(20)].join(''), 'GitLab token'],
      [['SG', '.', random(22), '.', random(43)].join(''), 'SendGrid API key'],
      [['sq0', 'atp-', random(22)].join(''), 'Square access token'],
    ];
    for (const [value, kind] of cases) expect(detectSecret(`Authorization: Bearer ${value}`)?.kind, kind).toBe(kind);
  });

  it('finds no secret in placeholders', () => {
    for (const value of ['sk_live_YOUR_KEY_HERE_1234567890', 'ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX', 'AKIAIOSFODNN7EXAMPLE', '-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----']) {
      expect(detectSecret(value, 'token'), value).toBeUndefined();
    }
  });
});
