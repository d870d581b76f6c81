import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { makeRepo, runCli } from '../helpers/workspace.js';

// Real-looking contracts to mutate (written for this test).
const BASES: unknown[] = [
  {
    openapi: '3.0.3',
    info: { title: 'Orders API', version: '1.2.0', contact: { email: 'orders@example.com' }, 'x-owner': 'team-orders' },
    servers: [{ url: 'https://api.example.com/v1' }],
    security: [{ oauth: ['orders:read'] }],
    paths: {
      '/orders': {
        get: {
          operationId: 'listOrders',
          parameters: [{ name: 'limit', in: 'query', schema: { type: 'integer', maximum: 100 } }, { $ref: '#/components/parameters/Cursor' }],
          responses: {
            '200': { description: 'Orders', content: { 'application/json': { schema: { type: 'array', items: { $ref: './schemas/order.yaml' } }, example: [{ id: 'o-1' }] } } },
            default: { $ref: '#/components/responses/Problem' },
          },
        },
      },
      '/orders/{orderId}': {
        parameters: [{ name: 'orderId', in: 'path', required: true, schema: { type: 'string', pattern: '^o-[0-9]+$' } }],
        delete: { operationId: 'deleteOrder', responses: { '204': { description: 'Deleted' } } },
      },
    },
    components: {
      parameters: { Cursor: { name: 'cursor', in: 'query', schema: { type: 'string' } } },
      responses: { Problem: { description: 'Problem', content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } } } },
      schemas: {
        Problem: { type: 'object', properties: { title: { type: 'string' }, status: { type: 'integer' }, cause: { $ref: '#/components/schemas/Problem' } } },
      },
      securitySchemes: { oauth: { type: 'oauth2', flows: { clientCredentials: { tokenUrl: 'https://auth.example.com/token', scopes: { 'orders:read': 'read' } } } } },
    },
  },
  {
    swagger: '2.0',
    info: { title: 'Legacy Ledger', version: '0.9' },
    host: 'ledger.example.com',
    basePath: '/v0',
    schemes: ['https'],
    paths: {
      '/accounts/{id}': {
        get: {
          parameters: [{ name: 'id', in: 'path', required: true, type: 'string' }],
          responses: { '200': { description: 'Account', schema: { $ref: '#/definitions/Account' } } },
        },
      },
    },
    definitions: { Account: { type: 'object', allOf: [{ $ref: '#/definitions/Base' }], properties: { owner: { $ref: '#/definitions/Account' } } }, Base: { type: 'object' } },
  },
];

const ORDER_SCHEMA = 'type: object\nrequired: [id]\nproperties:\n  id:\n    type: string\n  lines:\n    type: array\n    items:\n      $ref: "#/properties/id"\n';

const HOSTILE_KEYS = ['__proto__', 'constructor', 'prototype', '$ref', 'x-a', 'paths', 'openapi', '<<', ''];
const HOSTILE_VALUES: unknown[] = [
  null,
  0,
  -1,
  true,
  '',
  [],
  {},
  '#/',
  { $ref: '#/' },
  { $ref: '#/paths' },
  { $ref: '../../../etc/passwd' },
  { $ref: '/etc/passwd' },
  { $ref: 'file:///etc/passwd' },
  { $ref: 'http://127.0.0.1:9/x.yaml' },
  { $ref: './schemas/order.yaml#/nope' },
  { $ref: '#/components/schemas/Problem/properties/cause' },
  { $ref: 42 },
  { __proto__: null },
  '3.1.0',
  '\u0000\uFFFD\u202E',
];
const JUNK = ['\u0000', '\t', '&a ', '*a', '*b', '{', '}', '[', ']', ': ', '- ', '"', "'", '#', '\\', '%YAML 1.2\n', '---\n', '!!binary ', '? ', '|', '>', '\uFEFF', '\n  ', '<<: *a\n'];

type Mutation = { op: number; target: number; pick: number; cut: number };

function allPaths(value: unknown, path: Array<string | number> = [], out: Array<Array<string | number>> = [], depth = 0): Array<Array<string | number>> {
  out.push(path);
  if (depth > 12) return out;
  if (Array.isArray(value)) value.forEach((item, index) => allPaths(item, [...path, index], out, depth + 1));
  else if (value && typeof value === 'object') for (const key of Object.keys(value)) allPaths((value as Record<string, unknown>)[key], [...path, key], out, depth + 1);
  return out;
}

function setOwn(target: Record<string, unknown> | unknown[], key: string | number, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function parentOf(root: unknown, path: Array<string | number>): Record<string, unknown> | unknown[] | undefined {
  let current = root;
  for (const segment of path.slice(0, -1)) current = (current as Record<string, unknown>)[segment as string];
  return current && typeof current === 'object' ? (current as Record<string, unknown>) : undefined;
}

function mutateTree(root: unknown, mutation: Mutation): void {
  const paths = allPaths(root).filter((path) => path.length > 0);
  if (paths.length === 0) return;
  const path = paths[mutation.target % paths.length];
  const parent = parentOf(root, path);
  if (!parent) return;
  const key = path[path.length - 1];
  const current = (parent as Record<string, unknown>)[key as string];
  switch (mutation.op % 5) {
    case 0: // delete
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete parent[key as string];
      break;
    case 1: // duplicate under a sibling key
      if (!Array.isArray(parent)) setOwn(parent, `${String(key)}-copy`, structuredClone(current));
      else parent.push(structuredClone(current));
      break;
    case 2: // retype
      setOwn(parent, key, structuredClone(HOSTILE_VALUES[mutation.pick % HOSTILE_VALUES.length]));
      break;
    default: // inject a hostile key into an object
      if (current && typeof current === 'object' && !Array.isArray(current)) {
        setOwn(current as Record<string, unknown>, HOSTILE_KEYS[mutation.pick % HOSTILE_KEYS.length], structuredClone(HOSTILE_VALUES[(mutation.pick >> 3) % HOSTILE_VALUES.length]));
      }
  }
}

function mutateText(text: string, mutation: Mutation): string {
  const at = text.length === 0 ? 0 : mutation.cut % text.length;
  switch (mutation.op % 3) {
    case 0:
      return text.slice(0, at); // truncate
    case 1:
      return text.slice(0, at) + JUNK[mutation.pick % JUNK.length] + text.slice(at); // insert junk
    default: {
      const lines = text.split('\n'); // duplicate a line
      const line = mutation.pick % Math.max(lines.length, 1);
      lines.splice(line, 0, lines[line] ?? '');
      return lines.join('\n');
    }
  }
}

const mutationArb = fc.record({ op: fc.nat(), target: fc.nat(), pick: fc.nat(), cut: fc.nat() });

describe('fuzz: mutated contracts never break the gate', () => {
  it('always exit 0 or 1 with a valid JSON report, never an internal error, never prototype pollution', async () => {
    const prototypeBefore = Object.getOwnPropertyNames(Object.prototype).sort();
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: BASES.length - 1 }),
        fc.constantFrom('yaml' as const, 'json' as const),
        fc.array(mutationArb, { minLength: 0, maxLength: 4 }),
        fc.array(mutationArb, { minLength: 0, maxLength: 2 }),
        fc.boolean(),
        async (baseIndex, format, treeMutations, textMutations, mutateSchemaFile) => {
          const tree = structuredClone(BASES[baseIndex]);
          for (const mutation of treeMutations) mutateTree(tree, mutation);
          let text = format === 'json' ? JSON.stringify(tree, null, 2) : YAML.stringify(tree, { aliasDuplicateObjects: false });
          let schema = ORDER_SCHEMA;
          for (const mutation of textMutations) {
            if (mutateSchemaFile) schema = mutateText(schema, mutation);
            else text = mutateText(text, mutation);
          }
          const cwd = makeRepo({ [`apis/openapi.${format}`]: text, 'apis/schemas/order.yaml': schema });
          const result = await runCli(['lint', 'apis', '--format', 'json', '--now', '2026-11-23'], cwd);
          // A mutation can leave nothing that is a contract (e.g. no top-level openapi key): naming a path that
          // holds nothing to lint is a usage error, never a pass.
          if (result.code === 2) {
            expect(result.stderr, text).toBe('publish-gate: nothing to lint: apis matched no OpenAPI contract or listing (node_modules, .git and .gitignored files are skipped)\n');
            return;
          }
          expect(result.stderr, text).toBe('');
          expect([0, 1], text).toContain(result.code);
          const report = JSON.parse(result.stdout);
          expect(report.result).toBe(result.code === 0 ? 'pass' : 'fail');
          expect(Array.isArray(report.findings)).toBe(true);
          for (const finding of report.findings) {
            expect(finding.range.start.line).toBeGreaterThanOrEqual(1);
            expect(typeof finding.pointer).toBe('string');
            expect(finding.ruleId).not.toBe('structure-rule-crash');
          }
        },
      ),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 40), seed: Number(process.env.FUZZ_SEED ?? 20261123), endOnFailure: true },
    );
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeBefore);
  });
});
