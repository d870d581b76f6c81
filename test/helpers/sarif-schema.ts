import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Ajv } from 'ajv';
import Ajv04Module from 'ajv-draft-04';
import addFormatsModule from 'ajv-formats';

// Both are CommonJS with a `default` export; unwrap whichever shape the loader hands over.
const Ajv04 = ((Ajv04Module as unknown as { default?: unknown }).default ?? Ajv04Module) as unknown as typeof Ajv;
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as unknown as (ajv: Ajv) => Ajv;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** `../shared/schemas` beside the repository (CI), or one level further up (a worktree under `wt/`). */
const candidates = ['../shared/schemas/sarif-schema-2.1.0.json', '../../shared/schemas/sarif-schema-2.1.0.json'].map((relative) => path.resolve(root, relative));
export const SARIF_SCHEMA_PATH = candidates.find((candidate) => existsSync(candidate)) ?? candidates[0];
export const hasSarifSchema = existsSync(SARIF_SCHEMA_PATH);
if (!hasSarifSchema) console.warn(`SKIPPED: SARIF schema validation (${SARIF_SCHEMA_PATH} is absent)`);

let validate: ReturnType<Ajv['compile']> | undefined;

/** Schema errors of a SARIF log (empty when valid). Only call when `hasSarifSchema`. */
export function sarifSchemaErrors(log: unknown): unknown[] {
  if (!validate) {
    const ajv = new Ajv04({ allErrors: true, strict: false });
    addFormats(ajv);
    validate = ajv.compile(JSON.parse(readFileSync(SARIF_SCHEMA_PATH, 'utf8')));
  }
  return validate(log) ? [] : (validate.errors ?? ['invalid']);
}
