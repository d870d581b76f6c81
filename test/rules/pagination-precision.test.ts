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
