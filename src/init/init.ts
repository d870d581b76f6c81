import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { Node } from 'yaml';
import { DEFAULT_CONFIG_FILE } from '../config/config.js';
import { UsageError } from '../errors.js';
import { discover } from '../load/discover.js';
import { DEFAULT_LIMITS } from '../load/limits.js';
import { Workspace } from '../load/workspace.js';
import { definedScopes, requiredScopes, schemeModel, usedSchemeNames } from '../model/contract-auth.js';
import { ContractIndex, detectVersion, isObject, type JsonObject } from '../model/contract.js';
import { isListingData } from '../model/listing.js';

const require = createRequire(import.meta.url);

export const EXCEPTIONS_FILE = '.publish-gate.exceptions.yaml';
export const LISTING_FILE = 'listing.yaml';

export interface InitResult {
  /** Paths relative to the working directory, with `/`. */
  created: string[];
  /** Files that already existed and were left as they are. */
  kept: string[];
}

/**
 * Scaffolds `.publish-gate.yaml`, an empty exceptions file and a listing next to the contract. Facts only a
 * person knows are written as `TODO…` values the schema accepts and the checklist rules report until filled in.
 * Never overwrites a file.
 */
export async function init(options: { cwd: string; contract?: string }): Promise<InitResult> {
  const cwd = path.resolve(options.cwd);
  const workspace = new Workspace({ root: cwd, limits: { ...DEFAULT_LIMITS } });
  const contractPath = options.contract ? path.resolve(cwd, options.contract) : await findContract(cwd, workspace);
  if (!workspace.isInside(contractPath)) throw new UsageError(`${options.contract} is outside the working directory`);
  if (!existsSync(contractPath)) throw new UsageError(`contract not found: ${options.contract}`);
  const file = workspace.load(contractPath);
  if (!file.parsed) throw new UsageError(`${file.relPath} cannot be parsed: ${file.problems.find((problem) => problem.fatal)?.message ?? 'not YAML or JSON'}`);
  if (!detectVersion(file.data)) throw new UsageError(`${file.relPath} is not an OpenAPI document (no top-level openapi: 3.x or swagger: "2.0")`);
  const contract = new ContractIndex(file, workspace);

  const result: InitResult = { created: [], kept: [] };
  const write = (absPath: string, text: string): void => {
    const relPath = workspace.relative(absPath);
    if (existsSync(absPath)) {
      result.kept.push(relPath);
      return;
    }
    try {
      writeFileSync(absPath, text, { flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
        result.kept.push(relPath);
        return;
      }
      throw new UsageError(`cannot write ${relPath}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
    result.created.push(relPath);
  };
  write(path.join(cwd, DEFAULT_CONFIG_FILE), configText());
  write(path.join(cwd, EXCEPTIONS_FILE), exceptionsText());
  const listingPath = path.join(path.dirname(contractPath), LISTING_FILE);
  const taken = existsSync(listingPath) ? new Set<string>() : await listingNames(cwd, workspace);
  write(listingPath, listingText(contract, path.basename(contractPath), taken));
  return result;
}

async function findContract(cwd: string, workspace: Workspace): Promise<string> {
  const { files } = await discover({ cwd, patterns: [], ignore: [], maxFiles: DEFAULT_LIMITS.maxFiles });
  const contracts = files.filter((absPath) => {
    const file = workspace.load(absPath);
    return file.parsed && detectVersion(file.data) !== undefined;
  });
  if (contracts.length === 1) return contracts[0];
  if (contracts.length === 0) throw new UsageError('no OpenAPI contract found in the working directory: name it (publish-gate init path/to/openapi.yaml)');
  throw new UsageError(`${contracts.length} OpenAPI contracts found: name the one to list (publish-gate init ${workspace.relative(contracts[0])})`);
}

/** The metadata.name of every listing already in the repository: a new listing must not reuse one (inventory-listing-name-unique). */
async function listingNames(cwd: string, workspace: Workspace): Promise<Set<string>> {
  const { files } = await discover({ cwd, patterns: [], ignore: [], maxFiles: DEFAULT_LIMITS.maxFiles });
  const names = new Set<string>();
  for (const absPath of files) {
    const file = workspace.load(absPath);
    if (!file.parsed || !isListingData(file.data)) continue;
    const metadata = isObject(file.data) && isObject(file.data.metadata) ? file.data.metadata : undefined;
    if (typeof metadata?.name === 'string') names.add(metadata.name);
  }
  return names;
}

function configText(): string {
  return [
    '# publish-gate configuration: see the README (Config) for every key.',
    'rulesets: [publish-gate:recommended]',
    'failOn: error',
    '',
  ].join('\n');
}

/** The yaml package, loaded only by `init` (not on every lint's start-up). */
function yaml(): typeof import('yaml') {
  return require('yaml') as typeof import('yaml');
}

function exceptionsText(): string {
  const { Document } = yaml();
  const doc = new Document({ apiVersion: 'publish-gate/v1', kind: 'ExceptionList', exceptions: [] });
  doc.commentBefore = ' Waivers of publish-gate findings: each needs a ticket, an owner, an approver, a reason and an expiry date.';
  return doc.toString();
}

const TODO = {
  owner: 'TODO: the team accountable for this API',
  audience: 'TODO: internal | partner | public',
  riskClass: 'TODO: low | medium | high',
  lifecycle: 'TODO: preview | ga | deprecated | retired',
  pii: 'TODO: true or false (does any request or response carry personal data?)',
  limit: 'TODO: requests per window',
  window: 'TODO: e.g. 1m',
  scope: 'TODO: app | org | user',
  url: 'TODO: https link to the reviewed threat model',
  reviewed: 'TODO: date of the last review (YYYY-MM-DD)',
  contactName: 'TODO: on-call rotation',
  email: 'TODO: on-call email or pager',
  authModel: 'TODO: oauth2 | oidc | apiKey | mtls | none',
};

/** A listing filled from what the contract states; everything else is a TODO. */
export function listingData(contract: ContractIndex, contractFile: string, takenNames: ReadonlySet<string> = new Set()): JsonObject {
  const info = isObject(contract.root.value.info) ? contract.root.value.info : {};
  const title = typeof info.title === 'string' && info.title.trim() !== '' ? info.title.trim() : path.basename(contractFile).replace(/\.[^.]+$/, '');
  const base = kebab(title) || 'api';
  let name = base;
  for (let suffix = 2; takenNames.has(name); suffix++) name = `${base}-${suffix}`;
  const metadata: JsonObject = { name, title };
  if (typeof info.description === 'string' && info.description.trim() !== '') metadata.description = info.description.trim().split(/\n\s*\n/)[0].replace(/\s+/g, ' ');
  if (typeof info.version === 'string' && info.version !== '') metadata.version = info.version;

  const spec: JsonObject = { contract: `./${contractFile}` };
  const servers = serverUrls(contract);
  if (servers.length > 0) spec.servers = servers;
  spec.owner = TODO.owner;
  spec.audience = TODO.audience;
  spec.riskClass = TODO.riskClass;
  spec.lifecycle = TODO.lifecycle;
  const auth: JsonObject = { model: authModel(contract) };
  const scopes = [...new Set([...requiredScopes(contract).map((entry) => entry.scope), ...definedScopes(contract).keys()])];
  if (scopes.length > 0) auth.scopes = scopes;
  spec.auth = auth;
  spec.dataClassification = { pii: TODO.pii };
  spec.rateLimit = { plans: [{ name: 'default', limit: TODO.limit, window: TODO.window, scope: TODO.scope }] };
  spec.threatModel = { url: TODO.url, reviewed: TODO.reviewed };
  spec.incidentContacts = [{ name: TODO.contactName, email: TODO.email }];
  return { apiVersion: 'publish-gate/v1', kind: 'ApiListing', metadata, spec };
}

function listingText(contract: ContractIndex, contractFile: string, takenNames: ReadonlySet<string>): string {
  const { Document, isMap, isScalar, isSeq } = yaml();
  const doc = new Document(listingData(contract, contractFile, takenNames));
  doc.commentBefore = [
    ' Portal listing scaffolded by `publish-gate init` from the contract.',
    ' Replace every TODO value: publish-gate reports each one as a publish-checklist finding until it is filled in.',
    ' Format: docs/listing.md',
  ].join('\n');
  // Quote TODO values so the marker stands out and never parses as anything but text.
  const quote = (node: Node | null | undefined): void => {
    if (isMap(node) || isSeq(node)) for (const item of node.items) quote(isMap(node) ? (item as { value: Node }).value : (item as Node));
    else if (isScalar(node) && typeof node.value === 'string' && node.value.startsWith('TODO')) node.type = 'QUOTE_DOUBLE';
  };
  quote(doc.contents as Node);
  return doc.toString({ lineWidth: 0 });
}

function authModel(contract: ContractIndex): string {
  const used = usedSchemeNames(contract);
  const schemes = [...contract.securitySchemes.entries()].filter(([name]) => used.size === 0 || used.has(name));
  const models = new Set(schemes.map(([, scheme]) => schemeModel(scheme.value)));
  if (models.size !== 1) return TODO.authModel;
  const [model] = [...models];
  return model === undefined || model === 'http' ? TODO.authModel : model;
}

function serverUrls(contract: ContractIndex): string[] {
  const root = contract.root.value;
  if (contract.isSwagger2) {
    if (typeof root.host !== 'string') return [];
    const schemes = Array.isArray(root.schemes) && root.schemes.length > 0 ? root.schemes.filter((scheme): scheme is string => typeof scheme === 'string') : ['https'];
    const basePath = typeof root.basePath === 'string' ? root.basePath : '';
    return schemes.map((scheme) => `${scheme}://${root.host}${basePath}`);
  }
  if (!Array.isArray(root.servers)) return [];
  return root.servers.filter(isObject).map((server) => server.url).filter((url): url is string => typeof url === 'string' && url !== '');
}

function kebab(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 63)
    .replace(/-+$/, '');
}
