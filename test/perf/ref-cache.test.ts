import { describe, expect, it } from 'vitest';
import { SourceFile } from '../../src/load/source-file.js';
import { DEFAULT_LIMITS } from '../../src/load/limits.js';
import { Workspace } from '../../src/load/workspace.js';
import { makeRepo } from '../helpers/workspace.js';

// Workspace.resolveRef remembers resolutions (the index, the ref walk and the example scan ask for the same
// refs thousands of times on a large contract); a file registered later must still be seen.
describe('remembered $ref resolutions', () => {
  it('answers repeated refs the same way and forgets them when a file is added', () => {
    const cwd = makeRepo({ 'api.yaml': 'openapi: 3.0.3\ncomponents:\n  schemas:\n    A: {type: string}\n' });
    const workspace = new Workspace({ root: cwd });
    const api = workspace.load(`${cwd}/api.yaml`);
    const first = workspace.resolveRef(api, '#/components/schemas/A');
    expect(first).toMatchObject({ ok: true, path: ['components', 'schemas', 'A'], value: { type: 'string' } });
    expect(workspace.resolveRef(api, '#/components/schemas/A')).toEqual(first);
    expect(workspace.resolveRef(api, 'models.yaml#/B')).toMatchObject({ ok: false, code: 'missing-file' });
    workspace.add(SourceFile.fromText(`${cwd}/models.yaml`, 'models.yaml', 'B: {type: integer}\n', DEFAULT_LIMITS));
    expect(workspace.resolveRef(api, 'models.yaml#/B')).toMatchObject({ ok: true, value: { type: 'integer' } });
  });
});
