import path from 'node:path';
import type { SourceFile } from '../load/source-file.js';
import { AUDIENCES, type Audience } from '../types.js';
import { isObject, type JsonObject, type Located } from './contract.js';

/** A portal listing manifest (`kind: ApiListing`), read leniently: the listing rules report what is missing. */
export interface Listing {
  file: SourceFile;
  root: Located<JsonObject>;
  spec: JsonObject;
  name: string | undefined;
  /** The stated audience, or `public` when it is missing or unknown (deny by default). */
  audience: Audience;
  /** `spec.contract` resolved against the listing's folder, when stated. */
  contractPath: string | undefined;
}

export function isListingData(data: unknown): boolean {
  return isObject(data) && data.apiVersion === 'publish-gate/v1' && data.kind === 'ApiListing';
}

export function isExceptionListData(data: unknown): boolean {
  return isObject(data) && data.kind === 'ExceptionList';
}

export function readListing(file: SourceFile): Listing {
  const data = file.data as JsonObject;
  const metadata = isObject(data.metadata) ? data.metadata : {};
  const spec = isObject(data.spec) ? data.spec : {};
  const audience = (AUDIENCES as readonly unknown[]).includes(spec.audience) ? (spec.audience as Audience) : 'public';
  const contract = typeof spec.contract === 'string' && spec.contract.trim() !== '' ? spec.contract : undefined;
  return {
    file,
    root: { value: data, file, path: [] },
    spec,
    name: typeof metadata.name === 'string' ? metadata.name : undefined,
    audience,
    contractPath: contract ? path.resolve(path.dirname(file.absPath), contract) : undefined,
  };
}
