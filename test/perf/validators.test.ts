import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

describe('precompiled OpenAPI structure validators', () => {
  it('src/model/generated matches what ajv compiles from the installed schemas (regenerate: node scripts/gen-openapi-validators.mjs)', () => {
    const result = spawnSync(process.execPath, [path.join(root, 'scripts/gen-openapi-validators.mjs'), '--check'], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});
