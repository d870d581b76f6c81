// Precision cases found by reviewing the public corpus (docs/corpus-report.md, "Reviewed findings"):
// minimised contracts written for this test.
import { testRule } from '../helpers/rule-tester.js';

const keysContract = (path: string, parameter: string) => `openapi: 3.0.3
info:
  title: Storage keys
  version: 1.0.0
paths:
  ${path}:
    get:
${parameter}      responses:
        '200':
          description: The key.
          content:
            application/json:
              schema:
                type: object
                properties:
                  keys:
                    type: array
                    items:
                      type: object
                      properties:
                        access_key:
                          type: string
`;

const KEY_PARAMETER = `      parameters:
        - name: accessKey
          in: path
          required: true
          schema:
            type: string
`;

for (const ruleId of ['pagination-list-operations', 'pagination-max-items']) {
  testRule(ruleId, {
    valid: [
      {
        name: 'GET of one resource by id whose envelope names an array after the collection is not a list',
        contract: keysContract('/v2/keys/{accessKey}', KEY_PARAMETER),
      },
    ],
    invalid: [],
  });
}

testRule('pagination-list-operations', {
  valid: [],
  invalid: [
    {
      name: 'the same envelope on the collection path is a list',
      contract: keysContract('/v2/keys', ''),
      errors: [
        { pointer: '/paths/~1v2~1keys/get', line: 7, column: 5, message: 'accepts no cursor' },
        { pointer: '/paths/~1v2~1keys/get', line: 7, column: 5, message: 'accepts no page-size parameter' },
      ],
    },
  ],
});

const authors = (since: string) => `openapi: 3.0.3
info:
  title: Import authors
  version: 1.0.0
paths:
  /imports/{importId}/authors:
    get:
      parameters:
        - name: importId
          in: path
          required: true
          schema:
            type: string
${since}      responses:
        '200':
          description: The authors, oldest first.
          content:
            application/json:
              schema:
                type: array
                items:
                  type: object
                  properties:
                    id:
                      type: integer
`;

testRule('pagination-list-operations', {
  valid: [],
  invalid: [
    {
      name: 'a since parameter that takes an ID is a keyset cursor (only the page size is missing)',
      contract: authors(`        - name: since
          in: query
          description: An author ID. Only return authors with an ID greater than this ID.
          schema:
            type: integer
`),
      errors: [{ pointer: '/paths/~1imports~1{importId}~1authors/get', line: 7, column: 5, message: 'accepts no page-size parameter' }],
    },
    {
      name: 'a since parameter that takes a time is a filter, not a cursor',
      contract: authors(`        - name: since
          in: query
          description: Only return authors imported after this time (ISO 8601).
          schema:
            type: string
            format: date-time
`),
      errors: [
        { pointer: '/paths/~1imports~1{importId}~1authors/get', line: 7, column: 5, message: 'accepts no cursor' },
        { pointer: '/paths/~1imports~1{importId}~1authors/get', line: 7, column: 5, message: 'accepts no page-size parameter' },
      ],
    },
  ],
});
