import { testRule } from '../helpers/rule-tester.js';

const contract = (...paths: string[]) => `openapi: 3.0.3
info:
  title: Shop API
  version: 1.0.0
paths:
${paths.map((p) => `  ${p}:\n    get:\n      responses:\n        '200':\n          description: OK.\n`).join('')}`;

testRule('naming-path-casing', {
  valid: [
    { name: 'kebab-case with parameters and versions', contract: contract('/v1/order-items', '/v1/order-items/{orderItemId}', '/v2beta/shipping-labels', '/health') },
    { name: 'snake_case throughout', contract: contract('/v1/payment_intents', '/v1/payment_intents/{intent}/capture', '/v1/test_helpers/refunds') },
    {
      name: 'PascalCase with date version and .json suffix (2.0)',
      contractFile: 'swagger.yaml',
      contract: `swagger: '2.0'
info:
  title: Telephony API
  version: 1.0.0
paths:
  /2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers.json:
    get:
      responses:
        '200':
          description: Numbers.
  /2010-04-01/Accounts/{AccountSid}/Calls.json:
    get:
      responses:
        '200':
          description: Calls.
`,
    },
  ],
  invalid: [
    {
      name: 'one snake_case path among kebab-case ones',
      contract: contract('/order-items', '/shipping-labels', '/gift_cards/{giftCardId}'),
      errors: [{ pointer: '/paths/~1gift_cards~1{giftCardId}', line: 16, column: 3, severity: 'warn', message: 'Path /gift_cards/{giftCardId} has segment "gift_cards" (snake_case); the contract\'s paths use kebab-case' }],
    },
    {
      name: 'camelCase segment in a JSON 3.1 contract',
      contractFile: 'openapi.json',
      contract: `{
  "openapi": "3.1.0",
  "info": {"title": "Shop API", "version": "1.0.0"},
  "paths": {
    "/order-items": {},
    "/shipping-labels": {},
    "/giftCards": {}
  }
}
`,
      errors: [{ pointer: '/paths/~1giftCards', line: 7, column: 5, message: '"giftCards" (camelCase)' }],
    },
  ],
});
