import { toPointer } from '../load/workspace.js';
import { isObject, type ContractIndex, type HeaderInfo, type JsonObject, type Located, type Operation } from './contract.js';

/** The extension that marks an operation (or a whole path item) as intentionally anonymous. */
export const PUBLIC_EXTENSION = 'x-publish-gate-public';

/** A stable key for "this place in this file", to report a shared value once. */
export function locationKey(at: Located<unknown>): string {
  return `${at.file.absPath}#${toPointer(at.path)}`;
}

/** True when the operation or its path item carries `x-publish-gate-public: true`. */
export function isMarkedPublic(operation: Operation): boolean {
  return operation.node.value[PUBLIC_EXTENSION] === true || operation.pathItem.value[PUBLIC_EXTENSION] === true;
}

/** One `name: [scopes]` entry of a security requirement object, where it is written. */
export interface RequirementEntry {
  /** The requirement list (`security`) it belongs to. */
  list: Located<unknown[]>;
  requirementIndex: number;
  schemeName: string;
  scopes: Array<Located<string>>;
  at: Located<unknown>;
}

/** The entries of every requirement of one `security` list. */
export function requirementEntries(contract: ContractIndex, list: Located<unknown[]> | undefined): RequirementEntry[] {
  const entries: RequirementEntry[] = [];
  if (!list || !Array.isArray(list.value)) return entries;
  contract.items(list).forEach((requirement, requirementIndex) => {
    for (const [schemeName, at] of contract.entries(requirement)) {
      const scopes = contract.items(at).filter((scope): scope is Located<string> => typeof scope.value === 'string');
      entries.push({ list, requirementIndex, schemeName, scopes, at });
    }
  });
  return entries;
}

/**
 * Every `security` list of the contract, each once: the root one, then each operation's own (an
 * operation in a path item `$ref`'d twice is listed once).
 */
export function securityLists(contract: ContractIndex): Array<{ list: Located<unknown[]>; label: string }> {
  const lists: Array<{ list: Located<unknown[]>; label: string }> = [];
  const seen = new Set<string>();
  const root = contract.child<unknown[]>(contract.root, 'security');
  if (root && Array.isArray(root.value)) {
    lists.push({ list: root, label: 'the root security requirement' });
    seen.add(locationKey(root));
  }
  for (const operation of contract.operations) {
    const own = contract.child<unknown[]>(operation.node, 'security');
    if (!own || !Array.isArray(own.value) || seen.has(locationKey(own))) continue;
    seen.add(locationKey(own));
    lists.push({ list: own, label: operation.label });
  }
  return lists;
}

export interface OAuthFlow {
  /** `implicit`, `password`, `clientCredentials`, `authorizationCode` (3.x) or `application`, `accessCode` (2.0). */
  name: string;
  /** The flow object (3.x) or the security scheme itself (2.0, where the flow is one scheme). */
  node: Located<JsonObject>;
  scopes: Located<JsonObject> | undefined;
}

/** The OAuth 2 flows a security scheme declares, in 2.0 and 3.x form. */
export function oauthFlows(contract: ContractIndex, scheme: Located<JsonObject>): OAuthFlow[] {
  if (scheme.value.type !== 'oauth2') return [];
  if (contract.isSwagger2) {
    const flow = scheme.value.flow;
    return typeof flow === 'string' ? [{ name: flow, node: scheme, scopes: contract.get(scheme, 'scopes') }] : [];
  }
  const flows: OAuthFlow[] = [];
  for (const [name, raw] of contract.entries(contract.get(scheme, 'flows'))) {
    if (name.startsWith('x-')) continue;
    const node = contract.resolveObject(raw);
    if (node) flows.push({ name, node, scopes: contract.get(node, 'scopes') });
  }
  return flows;
}

/** The scopes an OAuth 2 scheme defines across its flows; undefined for schemes that do not declare scopes. */
export function definedScopes(contract: ContractIndex, scheme: Located<JsonObject>): Set<string> | undefined {
  if (scheme.value.type !== 'oauth2') return undefined;
  const scopes = new Set<string>();
  for (const flow of oauthFlows(contract, scheme)) {
    if (flow.scopes) for (const key of Object.keys(flow.scopes.value)) scopes.add(key);
  }
  return scopes;
}

/** Whether the requirements that apply to an operation demand credentials (no `[]`, no `{}` alternative). */
export function requiresCredentials(operation: Operation): boolean {
  const requirements = operation.security.requirements;
  return requirements.length > 0 && requirements.every((requirement) => Object.keys(requirement).length > 0);
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '::1', '0.0.0.0']);

/** `localhost`, `*.localhost`, loopback addresses: development servers. */
export function isLocalHost(host: string): boolean {
  const bare = host.toLowerCase().replace(/:\d+$/, '');
  return LOCAL_HOSTS.has(bare) || bare.endsWith('.localhost') || /^127\.\d+\.\d+\.\d+$/.test(bare);
}

/** The scheme and host of an absolute URL, or undefined for a relative one. */
export function urlParts(url: string): { scheme: string; host: string } | undefined {
  const match = /^([a-zA-Z][a-zA-Z0-9+.-]*):\/\/([^/?#]*)/.exec(url.trim());
  if (!match) return undefined;
  const authority = match[2].replace(/^[^@]*@/, '');
  return { scheme: match[1].toLowerCase(), host: authority };
}

/** Values a header (or its schema) documents: example(s), enum, default, const. */
export function documentedHeaderValues(contract: ContractIndex, header: HeaderInfo): unknown[] {
  const values: unknown[] = [];
  const fromObject = (node: Located<JsonObject> | undefined, withExamplesMap: boolean): void => {
    if (!node) return;
    const value = node.value;
    for (const key of ['example', 'default', 'const', 'x-example']) if (Object.hasOwn(value, key)) values.push(value[key]);
    // Loops, not spread arguments: an enum from a contract can be longer than a call can take arguments.
    if (Array.isArray(value.enum)) for (const item of value.enum) values.push(item);
    if (Array.isArray(value.examples)) for (const item of value.examples) values.push(item);
    else if (withExamplesMap && isObject(value.examples)) {
      for (const [, raw] of contract.entries(contract.child(node, 'examples'))) {
        const example = contract.resolveObject(raw);
        if (example && Object.hasOwn(example.value, 'value')) values.push(example.value.value);
      }
    }
  };
  fromObject(header.node, true);
  if (header.schema && header.schema !== header.node) fromObject(header.schema, false);
  for (const [, raw] of contract.entries(contract.get(header.node, 'content'))) {
    const media = contract.resolveObject(raw);
    if (!media) continue;
    fromObject(media, true);
    fromObject(contract.get(media, 'schema'), false);
  }
  return values;
}

const READ_WORDS = new Set(['read', 'reads', 'readonly', 'view', 'viewer', 'browse']);
const WRITE_WORDS = new Set([
  'write', 'readwrite', 'rw', 'admin', 'manage', 'create', 'update', 'delete', 'edit', 'modify', 'full', 'owner', 'post', 'put', 'patch', 'execute', 'send', 'upload',
]);

/** `orders:read`, `read:orders`, `drive.readonly`, `User.Read`, `view`: a scope that only grants reading. */
export function isReadOnlyScope(scope: string): boolean {
  const words = scope
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  const joined = scope.toLowerCase().replace(/[^a-z0-9]+/g, '');
  if (joined.includes('readwrite') || joined.includes('readandwrite')) return false;
  return words.some((word) => READ_WORDS.has(word)) && !words.some((word) => WRITE_WORDS.has(word));
}

/** Query parameter names (lower-cased, without `-`, `_`, `.`) that carry credentials. */
const CREDENTIAL_NAMES = new Set([
  'apikey', 'xapikey', 'apisecret', 'apitoken', 'accesstoken', 'token', 'authtoken', 'authorization', 'auth', 'bearer', 'bearertoken',
  'idtoken', 'refreshtoken', 'sessiontoken', 'secret', 'clientsecret', 'secretkey', 'privatekey', 'password', 'passwd', 'pwd', 'passphrase',
]);

/** In a path, `{token}` and `{secret}` usually name a one-time token or a secret's name: only unambiguous credentials count. */
const PATH_CREDENTIAL_NAMES = new Set(['apikey', 'xapikey', 'apisecret', 'apitoken', 'accesstoken', 'authtoken', 'bearertoken', 'idtoken', 'refreshtoken', 'clientsecret', 'secretkey', 'privatekey', 'password', 'passwd']);

function normalise(name: string): string {
  return name.toLowerCase().replace(/[-_.\s]/g, '');
}

export function isCredentialName(name: string, location = 'query'): boolean {
  return (location === 'path' ? PATH_CREDENTIAL_NAMES : CREDENTIAL_NAMES).has(normalise(name));
}
