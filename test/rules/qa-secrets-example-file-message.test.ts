import { testRule } from '../helpers/rule-tester.js';

// An Example Object in a file of its own: its `value` is an example, and the message says so.
const CONTRACT = `openapi: 3.1.0
info:
  title: Tokens API
  version: 1.0.0
paths:
  /tokens:
    get:
      operationId: getToken
      responses:
        '200':
          description: A token.
          content:
            application/json:
              examples:
                issued:
                  $ref: './examples/token.yaml'
`;

testRule('secrets-in-examples', {
  valid: [],
  invalid: [
    {
      name: 'a GitLab token in a $ref\'d Example Object file',
      contract: CONTRACT,
      files: { 'examples/token.yaml': "summary: An issued token\nvalue:\n  refresh_token: 'glpat-Xk8vQ2mLp9RzT4wN7bYc'\n" },
      errors: [{ file: 'examples/token.yaml', pointer: '/value/refresh_token', line: 3, column: 3, message: 'The example value of "refresh_token" contains what looks like a live GitLab token: glpa… (26 chars)' }],
    },
  ],
});
