/** A contract with exactly one finding: a `$ref` to a schema that does not exist (structure-ref at /paths/~1orders/get/responses/200/content/application~1json/schema, line 14). */
export const ORDERS = `openapi: 3.0.3
info:
  title: Orders API
  version: 1.0.0
paths:
  /orders:
    get:
      operationId: listOrders
      responses:
        '200':
          description: The orders.
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/OrderList'
`;

/** A contract with no finding. */
export const CLEAN = `openapi: 3.0.3
info:
  title: Billing API
  version: 1.0.0
paths:
  /invoices:
    get:
      operationId: listInvoices
      responses:
        '200':
          description: The invoices.
`;

export interface EntryOptions {
  id: string;
  controls?: string[];
  rules?: string[];
  files?: string[];
  pointer?: string;
  ticket?: string | null;
  owner?: string | null;
  approvedBy?: string | null;
  reason?: string | null;
  created?: string | null;
  expires?: string | null;
  extra?: string;
  /** Neither controls nor rules. */
  bare?: boolean;
}

/** One exception entry as YAML; `null` leaves a field out. */
export function entry(options: EntryOptions): string {
  const lines = [`  - id: ${options.id}`];
  if (options.controls) lines.push(`    controls: [${options.controls.join(', ')}]`);
  if (options.rules) lines.push(`    rules: [${options.rules.map((rule) => JSON.stringify(rule)).join(', ')}]`);
  if (!options.controls && !options.rules && !options.bare) lines.push('    rules: [structure-ref]');
  lines.push(`    files: [${(options.files ?? ['**/*.yaml']).map((file) => JSON.stringify(file)).join(', ')}]`);
  if (options.pointer !== undefined) lines.push(`    pointer: ${options.pointer}`);
  const field = (name: string, value: string | null | undefined, fallback: string) => {
    if (value !== null) lines.push(`    ${name}: ${value ?? fallback}`);
  };
  field('ticket', options.ticket, 'API-101');
  field('owner', options.owner, 'orders-team@example.com');
  field('approvedBy', options.approvedBy, 'api-governance');
  field('reason', options.reason, 'The OrderList schema moves to the shared schema library in Q1.');
  field('created', options.created, '2026-11-01');
  field('expires', options.expires, '2027-01-15');
  if (options.extra) lines.push(options.extra);
  return lines.join('\n');
}

export function exceptionList(...entries: string[]): string {
  return `apiVersion: publish-gate/v1\nkind: ExceptionList\nexceptions:\n${entries.join('\n')}\n`;
}

/**
 * Only structure and exception rules, so that control rules added by other work do not change what
 * these tests see.
 */
export const STRUCTURE_AND_EXCEPTIONS = `extends: [[publish-gate:recommended, off]]
rules:
  structure-parse: error
  structure-openapi-schema: error
  structure-ref: error
  exception-expired: error
  exception-expiring: warn
  exception-invalid: error
  exception-unused: warn
`;

/** Files every test repository gets: the ruleset above, named by the config. */
export function baseFiles(configExtra = ''): Record<string, string> {
  return {
    'governance/ruleset.yaml': STRUCTURE_AND_EXCEPTIONS,
    '.publish-gate.yaml': `rulesets: [./governance/ruleset.yaml]\n${configExtra}`,
  };
}
