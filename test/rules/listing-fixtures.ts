/** A clean contract and a clean public listing; tests derive gaps from them with `edit`. */
export const CONTRACT = `openapi: 3.0.3
info:
  title: Orders API
  version: 1.0.0
servers:
  - url: https://api.example.com/orders
security:
  - oauth: [orders:read]
paths:
  /orders:
    get:
      operationId: listOrders
      responses:
        '200':
          description: The orders.
    post:
      operationId: createOrder
      security:
        - oauth: [orders:write]
      responses:
        '201':
          description: Created.
components:
  securitySchemes:
    oauth:
      type: oauth2
      flows:
        clientCredentials:
          tokenUrl: https://auth.example.com/token
          scopes:
            orders:read: Read orders
            orders:write: Create orders
`;

// Line numbers of the clean listing (1-based), for expectations.
export const LISTING = `apiVersion: publish-gate/v1
kind: ApiListing
metadata:
  name: orders
  title: Orders API
spec:
  contract: ./openapi.yaml
  owner: team-orders
  audience: public
  riskClass: high
  lifecycle: ga
  auth:
    model: oauth2
    scopes: [orders:read, orders:write]
  dataClassification:
    pii: false
  rateLimit:
    plans:
      - name: default
        limit: 600
        window: 1m
        scope: app
  threatModel:
    url: https://security.example.com/threat-models/orders
    reviewed: 2026-09-01
  incidentContacts:
    - name: Orders on-call
      email: orders-oncall@example.com
`;

/** Applies literal replacements (each must match) to a text. */
export function edit(text: string, ...replacements: Array<[string | RegExp, string]>): string {
  let result = text;
  for (const [from, to] of replacements) {
    const next = result.replace(from, to);
    if (next === result) throw new Error(`fixture edit did not apply: ${String(from)}`);
    result = next;
  }
  return result;
}

/** A repository with the listing at listing.yaml and the contract at openapi.yaml. */
export function repo(listing: string, contract = CONTRACT): Record<string, string> {
  return { 'listing.yaml': listing, 'openapi.yaml': contract };
}
