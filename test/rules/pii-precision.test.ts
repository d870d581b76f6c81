// Precision cases found by reviewing the public corpus (docs/corpus-report.md, "Reviewed findings"):
// each is a minimised contract written for this test, not copied from the corpus.
import { testRule } from '../helpers/rule-tester.js';

testRule('pii-classification', {
  valid: [],
  invalid: [
    {
      name: 'the username in an event payload is personal data; the filename beside it is not',
      contract: `openapi: 3.1.0
info:
  title: Code hosting events
  version: 1.0.0
webhooks:
  push:
    post:
      requestBody:
        content:
          application/json:
            schema:
              $ref: '#/components/schemas/PushEvent'
      responses:
        '204':
          description: Received.
components:
  schemas:
    PushEvent:
      type: object
      properties:
        ref:
          type: string
        username:
          type: string
        filename:
          type: string
        pusher:
          type: object
          properties:
            name:
              type: string
`,
      errors: [
        { pointer: '/components/schemas/PushEvent/properties/username', line: 23, column: 9, message: 'Property "username" of PushEvent looks like personal data (username;' },
        { pointer: '/components/schemas/PushEvent/properties/pusher/properties/name', line: 30, column: 13, message: 'Property "name" of PushEvent.pusher looks like personal data (name;' },
      ],
    },
  ],
});
