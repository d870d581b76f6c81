import { testRule } from '../helpers/rule-tester.js';

testRule('structure-openapi-schema', {
  valid: [],
  invalid: [
    {
      // 3.1 requires one of paths, components or webhooks: one finding saying so, not three "required" ones.
      name: '3.1 document with neither paths, components nor webhooks',
      contract: `openapi: 3.1.0
info:
  title: Pets
  version: 2.0.0
`,
      errors: [{ pointer: '', line: 1, column: 1, message: 'the document needs at least one of "paths", "components", "webhooks"' }],
    },
  ],
});
