import { testRule } from '../helpers/rule-tester.js';

const contract = (version: string) => `openapi: 3.0.3
info:
  title: Orders API
  version: ${version}
paths: {}
`;

testRule('versioning-info-version', {
  valid: [
    { name: 'semver', contract: contract('1.2.3') },
    { name: 'semver with pre-release and build', contract: contract('2.0.0-beta.1+build.7') },
    { name: 'date', contract: contract("'2024-06-01'") },
    { name: 'year and month', contract: contract("'2024-06'") },
    {
      name: 'swagger 2.0 JSON with semver',
      contractFile: 'swagger.json',
      contract: '{"swagger": "2.0", "info": {"title": "Uber API", "version": "1.0.0"}, "paths": {}}\n',
    },
  ],
  invalid: [
    { name: 'v-prefixed label', contract: contract('v1'), errors: [{ pointer: '/info/version', line: 4, column: 3, severity: 'warn', message: '"v1", a version label with a "v" prefix' }] },
    { name: 'two-part number', contract: contract("'1.0'"), errors: [{ pointer: '/info/version', line: 4, column: 3, message: 'two-part number' }] },
    { name: 'not a calendar date', contract: contract("'2024-13-01'"), errors: [{ pointer: '/info/version', line: 4, column: 3, message: 'not a valid calendar date' }] },
    { name: 'free text', contract: contract('latest'), errors: [{ pointer: '/info/version', line: 4, column: 3, message: '"latest", neither semver nor a date' }] },
    {
      name: '3.1 JSON with a compact date',
      contractFile: 'openapi.json',
      contract: '{\n  "openapi": "3.1.0",\n  "info": {"title": "Pets", "version": "20240601"},\n  "paths": {}\n}\n',
      errors: [{ pointer: '/info/version', line: 3, column: 29, message: 'compact date' }],
    },
  ],
});
