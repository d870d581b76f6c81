import { testRule } from '../helpers/rule-tester.js';

/** A GET /orders with a `limit` parameter whose page object carries `pageField` next to the items. */
function page(pageField: string, pageFieldType: string): string {
  return `openapi: 3.0.3
info:
  title: Orders API
  version: 1.0.0
paths:
  /orders:
    get:
      operationId: listOrders
      parameters:
        - name: limit
          in: query
          schema:
            type: integer
            maximum: 100
      responses:
        '200':
          description: A page of orders.
          content:
            application/json:
              schema:
                type: object
                properties:
                  data:
                    type: array
                    maxItems: 100
                    items:
                      type: string
                  ${pageField}:
                    type: ${pageFieldType}
`;
}

testRule('pagination-list-operations', {
  valid: [
    { name: 'a next-page token in the body is a way to the next page', contract: page('next_page_token', 'string') },
    { name: 'a next link in the body is a way to the next page', contract: page('nextLink', 'string') },
  ],
  invalid: [
    {
      // has_more says there is a next page, but gives the client nothing to ask for it with.
      name: 'has_more without a cursor parameter',
      contract: page('has_more', 'boolean'),
      errors: [{ pointer: '/paths/~1orders/get', line: 7, column: 5, message: 'accepts no cursor, offset or page parameter' }],
    },
    {
      name: 'hasNextPage without a cursor parameter',
      contract: page('hasNextPage', 'boolean'),
      errors: [{ pointer: '/paths/~1orders/get', line: 7, column: 5, message: 'accepts no cursor, offset or page parameter' }],
    },
  ],
});
