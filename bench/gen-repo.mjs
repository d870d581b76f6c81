#!/usr/bin/env node
// Generates a repository of N contracts (small and medium, some with listings, shared $ref'd schemas and
// deliberate defects) for the scale benchmark. Deterministic: the same arguments give the same bytes.
// Usage: node bench/gen-repo.mjs [--count 200] [--out bench/tmp/repo] [--scale 1]
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { count: { type: 'string' }, out: { type: 'string' }, scale: { type: 'string' } } });
const count = Number(values.count ?? 200);
const scale = Number(values.scale ?? 1);
const out = path.resolve(values.out ?? path.join(path.dirname(new URL(import.meta.url).pathname), 'tmp', 'repo'));

let seed = 42;
const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
const pick = (list) => list[Math.floor(random() * list.length)];
const NOUNS = ['order', 'invoice', 'customer', 'payment', 'shipment', 'product', 'review', 'coupon', 'refund', 'account', 'address', 'ticket'];
const FIELDS = ['id', 'name', 'status', 'createdAt', 'updatedAt', 'amount', 'currency', 'email', 'note', 'total', 'reference', 'region'];

rmSync(out, { recursive: true, force: true });
mkdirSync(path.join(out, 'shared'), { recursive: true });
writeFileSync(
  path.join(out, 'shared', 'errors.yaml'),
  `Problem:\n  type: object\n  required: [type, title, status]\n  properties:\n    type: {type: string, format: uri}\n    title: {type: string}\n    status: {type: integer}\n    detail: {type: string}\n`,
);

function schema(noun, fields) {
  const lines = [`    ${cap(noun)}:`, '      type: object', `      required: [${fields.slice(0, 2).join(', ')}]`, '      properties:'];
  for (const field of fields) lines.push(`        ${field}:`, `          type: ${field === 'amount' || field === 'total' ? 'number' : 'string'}`, `          description: The ${noun} ${field}.`);
  return lines.join('\n');
}
const cap = (text) => text[0].toUpperCase() + text.slice(1);

let bytes = 0;
for (let index = 0; index < count; index++) {
  const medium = index % 4 === 0;
  const resources = Math.max(1, Math.round((medium ? 40 : 6) * scale * (0.5 + random())));
  const name = `api-${String(index).padStart(3, '0')}`;
  const dir = path.join(out, 'apis', name);
  mkdirSync(dir, { recursive: true });
  const paths = [];
  const schemas = [];
  for (let r = 0; r < resources; r++) {
    const noun = `${pick(NOUNS)}${r}`;
    const fields = Array.from({ length: 3 + Math.floor(random() * 8) }, () => pick(FIELDS)).filter((v, i, a) => a.indexOf(v) === i);
    schemas.push(schema(noun, fields));
    paths.push(
      `  /${noun}s:\n    get:\n      operationId: list${cap(noun)}s\n      summary: List ${noun}s\n      tags: [${noun}]\n      parameters:\n        - name: limit\n          in: query\n          schema: {type: integer, maximum: 100}\n      responses:\n        '200':\n          description: The ${noun}s.\n          content:\n            application/json:\n              schema:\n                type: array\n                items: {$ref: '#/components/schemas/${cap(noun)}'}\n        default:\n          description: A problem.\n          content:\n            application/problem+json:\n              schema: {$ref: '../../shared/errors.yaml#/Problem'}\n` +
        `  /${noun}s/{id}:\n    parameters:\n      - {name: id, in: path, required: true, schema: {type: string}}\n    get:\n      operationId: get${cap(noun)}\n      responses:\n        '200':\n          description: One ${noun}.\n          content:\n            application/json:\n              schema: {$ref: '#/components/schemas/${cap(noun)}'}\n` +
        // deliberate defects: a dangling $ref and an unknown field, every few contracts
        (index % 7 === 3 && r === 0 ? `    delete:\n      operationId: delete${cap(noun)}\n      responses:\n        '204': {$ref: '#/components/responses/Missing'}\n` : '') +
        (index % 11 === 5 && r === 0 ? `    patch:\n      operationId: patch${cap(noun)}\n      summery: typo\n      responses:\n        '200': {description: ok}\n` : ''),
    );
  }
  const contract = `openapi: 3.0.3\ninfo:\n  title: ${cap(name)} API\n  version: 1.${index % 5}.0\nservers:\n  - url: https://${name}.example.com\npaths:\n${paths.join('')}components:\n  schemas:\n${schemas.join('\n')}\n`;
  writeFileSync(path.join(dir, 'openapi.yaml'), contract);
  bytes += contract.length;
  if (index % 3 !== 2) {
    const listing = `apiVersion: publish-gate/v1\nkind: ApiListing\nmetadata:\n  name: ${name}\nspec:\n  contract: ./openapi.yaml\n  audience: ${pick(['public', 'partner', 'internal'])}\n  owner: team-${index % 9}\n`;
    writeFileSync(path.join(dir, 'listing.yaml'), listing);
    bytes += listing.length;
  }
}
process.stdout.write(`${out}: ${count} contracts, ${(bytes / 1048576).toFixed(1)} MiB\n`);
