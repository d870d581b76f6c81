import { describe, expect, it } from 'vitest';
import { Workspace, toPointer } from '../../src/load/workspace.js';
import { ContractIndex } from '../../src/model/contract.js';
import { samePointer } from '../../src/model/visit-set.js';
import { makeRepo } from '../helpers/workspace.js';

// The schema walk records visits without building a string key per visit; it must still visit each place
// once per property name and classification, and visit an aliased schema at every place it is written.
describe('schema walk visits', () => {
  const contract = `openapi: 3.0.3
info: {title: Customers, version: 1.0.0}
paths:
  /customers:
    get:
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Customer'}
    post:
      requestBody:
        content:
          application/json:
            schema: {$ref: '#/components/schemas/Customer'}
      responses:
        '201': {description: created}
components:
  schemas:
    Customer:
      type: object
      properties:
        email: {type: string}
        home: &address
          type: object
          properties:
            street: {type: string}
        work: *address
    Secret:
      type: object
      x-data-classification: pii
      properties:
        contact: {$ref: '#/components/schemas/Customer'}
`;

  it('visits each place once, an aliased schema at each of its places, and again under another classification', () => {
    const cwd = makeRepo({ 'api.yaml': contract });
    const workspace = new Workspace({ root: cwd });
    const index = new ContractIndex(workspace.load(`${cwd}/api.yaml`), workspace);
    const visits = index.schemas.map((visit) => `${toPointer(visit.node.path)}|${visit.propertyName ?? ''}|${visit.classification ? toPointer(visit.classification.at.path) : '-'}`);
    expect(new Set(visits).size).toBe(visits.length);
    expect(visits).toContain('/components/schemas/Customer/properties/home|home|-');
    expect(visits).toContain('/components/schemas/Customer/properties/work|work|-');
    expect(visits).toContain('/components/schemas/Customer|contact|/components/schemas/Secret');
    expect(visits).toContain('/components/schemas/Customer/properties/home/properties/street|street|/components/schemas/Secret');
    expect(visits.filter((visit) => visit.startsWith('/components/schemas/Customer|'))).toEqual(['/components/schemas/Customer||-', '/components/schemas/Customer|contact|/components/schemas/Secret']);
  });

  it('compares paths as their JSON Pointers do', () => {
    expect(samePointer(['paths', '/a', 'get', 'parameters', 0], ['paths', '/a', 'get', 'parameters', '0'])).toBe(true);
    expect(samePointer(['a', 'b'], ['a/b'])).toBe(false);
    expect(samePointer(['a~b'], ['a~b'])).toBe(true);
    expect(samePointer(['a'], ['a', 'b'])).toBe(false);
  });
});
