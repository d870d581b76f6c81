import path from 'node:path';
import { toPointer } from '../load/workspace.js';
import { isObject, readClassification, type Classification, type ContractIndex, type JsonObject, type Located } from './contract.js';
import { splitWords } from './naming.js';
import { samePointer } from './visit-set.js';

/** The kinds of personal data the `pii` control recognises. */
export type PersonalDataCategory =
  | 'email'
  | 'phone'
  | 'name'
  | 'username'
  | 'date of birth'
  | 'address'
  | 'national id'
  | 'financial account'
  | 'ip address'
  | 'geolocation';

export interface PersonalDataProperty {
  /** The property name as written. */
  name: string;
  category: PersonalDataCategory;
  /** Why it looks personal: `name "email"`, `format: email`, `name "name" in a person schema`. */
  evidence: string;
  /** Where `properties.<name>` is written (possibly in a `$ref`'d file). */
  at: Located<unknown>;
  /** The property's schema, `$ref`s followed. */
  schema: Located<JsonObject>;
  /** The enclosing object schema. */
  parent: Located<JsonObject>;
  /** How messages name the enclosing schema: `Customer`, `Customer.address`, `GET /users 200 response`. */
  schemaLabel: string;
  /** The classification that covers it (own or from an enclosing schema), if any. */
  classification?: Classification;
}

const PERSON_NOUNS = new Set([
  'user', 'users', 'customer', 'customers', 'contact', 'contacts', 'person', 'people', 'persons', 'owner', 'member', 'members',
  'holder', 'cardholder', 'accountholder', 'author', 'employee', 'recipient', 'sender', 'payer', 'payee', 'buyer', 'shopper',
  'patient', 'applicant', 'beneficiary', 'guardian', 'committer', 'assignee', 'reviewer', 'requester', 'subscriber', 'attendee',
  'participant', 'passenger', 'guest', 'individual', 'representative', 'contributor', 'collaborator', 'actor', 'creator',
  'invitee', 'inviter', 'signer', 'student', 'teacher', 'doctor', 'citizen', 'resident', 'tenant', 'traveler', 'traveller',
  'driver', 'rider', 'consumer', 'account_holder', 'director', 'executive', 'shareholder',
  'stargazer', 'follower', 'watcher', 'admin', 'administrator', 'caller', 'callee', 'visitor', 'staff',
  'respondent', 'candidate', 'spouse', 
  'pusher', 'tagger', 'approver', 'commenter', 'organizer', 'uploader', 'submitter', 'reporter',
]);
/**
 * Words that make a name context about a thing, not a person (`UserGroup`, `customer_plan`). Events,
 * webhooks and hooks are not among them: an event payload carries data about whoever caused it (the
 * `username` of a push event is a person's), so they leave the decision to the other words.
 */
const THING_NOUNS = new Set([
  'group', 'groups', 'team', 'teams', 'org', 'organization', 'organisation', 'company', 'role', 'roles', 'permission', 'permissions',
  'collection', 'list', 'app', 'application', 'repository', 'repo', 'product', 'plan', 'project', 'installation', 'token', 'key',
  'setting', 'settings', 'policy', 'type', 'template', 'file', 'folder', 'device', 'tag', 'label',
  'attachment', 'text', 'business', 'document', 'message', 'enterprise', 'service', 'bot', 'folder', 'data', 'location', 'address', 'region', 'country', 'configuration', 'config', 'credential', 'cluster', 'database', 'deployment', 'vpc', 'network', 'integration', 'workspace', 'channel', 'rate', 'price', 'tax', 'session', 'sessions', 'job', 'workflow',
  'environment', 'secret', 'variable', 'field', 'fields', 'attribute', 'property', 'schema', 'metadata', 'report', 'invoice',
  'subscription', 'item', 'items', 'campaign', 'domain', 'branch', 'commit', 'release', 'package', 'image', 'model', 'assistant',
]);
/** Words after the matched ones that turn a personal field into something else (`email_verified`, `phone_type`). */
const NEGATORS = new Set([
  'url', 'uri', 'urls', 'href', 'link', 'links', 'template', 'templates', 'type', 'types', 'kind', 'status', 'format', 'formats',
  'count', 'counts', 'enabled', 'disabled', 'verified', 'verification', 'visible', 'visibility', 'required', 'setting', 'settings',
  'preference', 'preferences', 'policy', 'domain', 'domains', 'mode', 'field', 'fields', 'pattern', 'regex', 'provider', 'id', 'ids',
  'sid', 'key', 'keys', 'label', 'length', 'hash', 'hashed', 'digest', 'fingerprint', 'valid', 'validated', 'confirmed', 'opt',
  'optin', 'notifications', 'notification', 'notify', 'collection', 'capability', 'capabilities', 'config', 'configuration',
  'option', 'options', 'allowed', 'enforced', 'changed', 'updated', 'sent', 'token', 'code', 'masked', 'last4', 'hint', 'placeholder',
  'match', 'check', 'checks', 'source', 'strategy', 'behavior', 'behaviour', 'version', 'language', 'locale', 'prefix', 'suffix',
  'max', 'min', 'limit', 'registrar', 'subject', 'message', 'messages', 'body', 'footer', 'text', 'content', 'html', 'reminder', 'reminders', 'index', 'order', 'sort', 'filter', 'header', 'column', 'property', 'attribute', 'path',
]);
/** Infrastructure context: an IP address or coordinate of a server, network or data centre is not personal. */
const INFRA_NOUNS = new Set([
  'droplet', 'droplets', 'server', 'servers', 'network', 'networks', 'balancer', 'floating', 'reserved', 'firewall', 'vpc', 'node',
  'nodes', 'cluster', 'host', 'hosts', 'database', 'db', 'instance', 'gateway', 'interface', 'dns', 'record', 'records', 'kubernetes',
  'endpoint', 'proxy', 'peer', 'subnet', 'router', 'nat', 'ingress', 'egress', 'rule', 'rules', 'allowlist', 'whitelist', 'trusted',
  'region', 'regions', 'datacenter', 'ipv4', 'ipv6', 'v4', 'v6', 'range', 'ranges', 'cidr', 'meta', 'hooks', 'runner', 'runners',
  'replica', 'pool', 'load', 'vm', 'machine', 'agent', 'target', 'targets', 'forwarding', 'sink', 'trusted_sources', 'private',
  'public', 'anchor', 'bastion', 'backend', 'upstream', 'origin', 'cdn', 'app', 'apps', 'component', 'service', 'services', 'space',
  'bucket', 'registry', 'volume', 'snapshot', 'vpn', 'ip', 'ips', 'address', 'addresses', 'listener', 'deployment', 'ssh', 'allowed',
  'reader', 'terminal', 'printer', 'kiosk',
  'config', 'configuration', 'credential', 'credentials', 'sip', 'ice', 'turn', 'stun', 'smtp', 'ftp', 'auth', 'basic', 'opensearch', 'acl', 'access', 'domain', 'domains', 'bgp', 'static', 'dedicated', 'monitoring', 'alert', 'uptime', 'check', 'probe', 'store', 'venue', 'office', 'warehouse',
]);
/**
 * Organisations and their premises: a company's registered address or switchboard phone, a store's or an
 * office's address, is the organisation's contact data, not a person's (unless a person noun comes after:
 * `company.owner.address`).
 */
const BUSINESS_NOUNS = new Set([
  'company', 'business', 'organization', 'organisation', 'org', 'merchant', 'office', 'store', 'shop', 'warehouse', 'venue',
  'headquarters', 'premises', 'corporation', 'vendor', 'supplier', 'terminal',
]);
const LEADING_NEGATORS = new Set(['is', 'has', 'max', 'min', 'allow', 'allowed', 'require', 'requires', 'show', 'hide', 'use', 'num', 'number', 'total', 'default', 'template']);
const LEADING_THINGS = new Set(['file', 'repo', 'repository', 'org', 'organization', 'team', 'app', 'product', 'project', 'company', 'business', 'bot', 'branch', 'tag', 'host', 'server', 'domain', 'bank', 'merchant', 'vendor', 'store', 'shop', 'office']);
const ADDRESS_CONTEXT = new Set(['address', 'addresses', 'billing', 'shipping', 'mailing', 'postal', 'residence', 'residential', 'home']);

interface Match {
  category: PersonalDataCategory;
  /** How many words of the property name (from `start`) the match covers. */
  start: number;
  length: number;
  contextual?: 'person' | 'address' | 'card' | 'not-infra' | 'not-thing' | 'not-infra-or-thing';
}

/** Finds the personal-data pattern in a property name's words, if any. */
function matchWords(words: string[]): Match | undefined {
  const n = words.length;
  for (let i = 0; i < n; i++) {
    const w = words[i];
    const next = words[i + 1];
    // national identifiers and financial accounts first: `tax_id` ends in `id`
    if (w === 'ssn' || w === 'passport' || (w === 'sin' && n === 1)) return { category: 'national id', start: i, length: next === 'number' || next === 'no' ? 2 : 1 };
    if (w === 'social' && next === 'security') return { category: 'national id', start: i, length: words[i + 2] === 'number' ? 3 : 2 };
    if ((w === 'national' || w === 'tax' || w === 'personal') && (next === 'id' || next === 'identifier' || next === 'number' || next === 'identification')) return { category: 'national id', start: i, length: words[i + 2] === 'number' ? 3 : 2 };
    if (w === 'taxid' || w === 'nationalid' || w === 'nino' || w === 'tfn') return { category: 'national id', start: i, length: 1 };
    if (w === 'id' && next === 'number' && i === 0) return { category: 'national id', start: i, length: 2 };
    if ((w === 'driver' || w === 'drivers' || w === 'driving') && (next === 'license' || next === 'licence')) return { category: 'national id', start: i, length: words[i + 2] === 'number' ? 3 : 2 };
    if (w === 'iban') return { category: 'financial account', start: i, length: 1 };
    if ((w === 'card' || w === 'account' || w === 'bank' || w === 'credit' || w === 'debit') && next === 'number') return { category: 'financial account', start: i, length: 2 };
    if (w === 'pan' && n === 1) return { category: 'financial account', start: i, length: 1 };
    if (w === 'accountnumber' || w === 'cardnumber') return { category: 'financial account', start: i, length: 1 };
    if ((w === 'cvc' || w === 'cvv' || w === 'cvv2') && n === 1) return { category: 'financial account', start: i, length: 1 };
    if (w === 'number' && n === 1) return { category: 'financial account', start: i, length: 1, contextual: 'card' };
    if (w === 'email' || w === 'emails' || w === 'mail' && i > 0 && (words[i - 1] === 'e') || w === 'emailaddress') {
      return { category: 'email', start: i, length: next === 'address' || next === 'addresses' ? 2 : 1 };
    }
    if (w === 'phone' || w === 'phones' || w === 'telephone' || w === 'msisdn' || w === 'mobile' || w === 'cellphone' || w === 'fax' || w === 'phonenumber') {
      return { category: 'phone', start: i, length: next === 'number' || next === 'numbers' ? 2 : 1 };
    }
    if (['firstname', 'lastname', 'surname', 'surnames', 'givenname', 'familyname', 'middlename', 'maidenname', 'forename', 'forenames'].includes(w)) return { category: 'name', start: i, length: 1 };
    if (w === 'fullname' || (w === 'full' && next === 'name')) return { category: 'name', start: i, length: w === 'full' ? 2 : 1, contextual: 'not-thing' };
    if (['first', 'last', 'given', 'family', 'middle', 'maiden', 'legal', 'birth', 'real'].includes(w) && next === 'name') {
      if (w === 'legal' || w === 'real') return { category: 'name', start: i, length: 2, contextual: 'person' };
      return { category: 'name', start: i, length: 2 };
    }
    if ((w === 'username' || w === 'screenname') && i === n - 1) return { category: 'username', start: i, length: 1, contextual: 'not-infra-or-thing' };
    if (w === 'nickname' && n === 1) return { category: 'username', start: i, length: 1, contextual: 'person' };
    if ((w === 'user' || w === 'nick' || w === 'screen') && next === 'name') return { category: 'username', start: i, length: 2, contextual: 'not-infra' };
    if (w === 'login' && n === 1) return { category: 'username', start: i, length: 1, contextual: 'person' };
    if (PERSON_NOUNS.has(w) && next === 'name' && w !== 'client' && w !== 'profile' && w !== 'agent') return { category: 'name', start: i, length: 2 };
    if (w === 'name' && n === 1) return { category: 'name', start: i, length: 1, contextual: 'person' };
    if ((w === 'display' || w === 'preferred') && next === 'name' && n === 2) return { category: 'name', start: i, length: 2, contextual: 'person' };
    if (w === 'dob' || w === 'birthdate' || w === 'birthday' || w === 'dateofbirth') return { category: 'date of birth', start: i, length: 1 };
    if (w === 'birth' && (next === 'date' || next === 'day' || next === 'year' || next === 'place')) return { category: 'date of birth', start: i, length: 2 };
    if (w === 'date' && next === 'of' && words[i + 2] === 'birth') return { category: 'date of birth', start: i, length: 3 };
    if (w === 'street' || w === 'streets' || w === 'postcode' || w === 'zipcode' || w === 'postalcode' || w === 'housenumber') return { category: 'address', start: i, length: next === 'address' || next === 'name' || next === 'number' ? 2 : 1 };
    if ((w === 'postal' || w === 'zip' || w === 'post') && next === 'code') return { category: 'address', start: i, length: 2 };
    if (w === 'zip' && n === 1) return { category: 'address', start: i, length: 1 };
    if ((w === 'house' || w === 'building') && next === 'number') return { category: 'address', start: i, length: 2 };
    if ((w === 'address' && (next === 'line' || next === 'line1' || next === 'line2'))) return { category: 'address', start: i, length: next === 'line' ? 3 : 2 };
    if ((w === 'line1' || w === 'line2' || w === 'line3' || w === 'city' || w === 'town' || w === 'locality') && n === 1) return { category: 'address', start: i, length: 1, contextual: 'address' };
    if ((w === 'home' || w === 'billing' || w === 'shipping' || w === 'mailing' || w === 'residential' || w === 'postal' || w === 'street') && next === 'address') return { category: 'address', start: i, length: 2 };
    if (w === 'address' && n === 1) return { category: 'address', start: i, length: 1, contextual: 'person' };
    if (w === 'ip' || w === 'ipaddress' || w === 'ipv4' || w === 'ipv6') {
      const length = next === 'address' || next === 'addresses' || next === 'addr' ? 2 : 1;
      const personal = i > 0 && ['client', 'remote', 'user', 'customer', 'visitor', 'signup', 'login', 'source', 'origin', 'caller', 'device', 'browser', 'last'].includes(words[i - 1]);
      return { category: 'ip address', start: i, length, contextual: personal ? undefined : 'not-infra' };
    }
    if (w === 'remote' && (next === 'addr' || next === 'address')) return { category: 'ip address', start: i, length: 2 };
    // a person's free-text location ("Berlin, Germany" on a user profile)
    if (w === 'location' && n === 1) return { category: 'geolocation', start: i, length: 1, contextual: 'person' };
    if (['latitude', 'longitude', 'geolocation', 'geo', 'geoip', 'coordinates', 'geopoint', 'lat', 'lng', 'lon', 'geocode'].includes(w)) {
      if ((w === 'lat' || w === 'lng' || w === 'lon' || w === 'coordinates') && n !== 1) continue;
      return { category: 'geolocation', start: i, length: 1, contextual: 'not-infra' };
    }
  }
  return undefined;
}

/** Name, type and format of one property: does it look like personal data, and why. */
export function classifyPropertyName(
  name: string,
  schema: JsonObject,
  context: { schemaWords: string[]; propertyWords: string[] },
): { category: PersonalDataCategory; evidence: string } | undefined {
  const format = typeof schema.format === 'string' ? schema.format.toLowerCase() : undefined;
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  if (types.includes('boolean') && !types.includes('string')) return undefined;
  if (Array.isArray(schema.enum) || Object.hasOwn(schema, 'const')) return undefined;
  if (isObject(schema.properties) && Object.keys(schema.properties).length > 0) return undefined;
  const words = splitWords(name);
  const contextWords = [...context.schemaWords, ...context.propertyWords];
  const decided = personOrThing(context.schemaWords) ?? personOrThing(context.propertyWords);
  const infraContext = contextWords.some((word) => INFRA_NOUNS.has(singular(word)) && word !== 'ip' && word !== 'address' && word !== 'public' && word !== 'private')
    || words.some((word) => INFRA_NOUNS.has(singular(word)) && !['ip', 'ips', 'address', 'addresses', 'public', 'private', 'source', 'origin', 'agent'].includes(word));
  const personContext = decided === 'person' && !infraContext;
  const thingContext = decided === 'thing';
  const addressContext = contextWords.some((word) => ADDRESS_CONTEXT.has(word));
  const businessContext = nearestSubject(contextWords) === 'business';
  // inventory of numbers and system-generated addresses: a Twilio available phone number, a Box folder's upload address
  if (contextWords.some((word) => ['available', 'incoming', 'upload', 'inbound'].includes(word))) return undefined;
  if (words.some((word) => ['upload', 'inbound', 'noreply', 'support'].includes(word))) return undefined;
  // a URL (a profile's `location` link, an avatar) is not itself the personal value
  if (format !== undefined && ['uri', 'url', 'iri', 'uri-reference', 'iri-reference', 'uri-template'].includes(format)) return undefined;
  if (format === 'email' || format === 'idn-email') {
    if (words.some((word) => NEGATORS.has(word) && word !== 'address')) return undefined;
    return { category: 'email', evidence: `format: ${format}` };
  }
  const match = matchWords(words);
  if (!match) {
    if ((format === 'ipv4' || format === 'ipv6') && personContext && !infraContext) return { category: 'ip address', evidence: `format: ${format} in a person schema` };
    return undefined;
  }
  if ((match.category === 'address' || match.category === 'phone') && businessContext) return undefined;
  const trailing = words.slice(match.start + match.length);
  if (trailing.some((word) => NEGATORS.has(word))) return undefined;
  const leading = words.slice(0, match.start);
  // `is_email`, `max_phone_length`: about the field, not the data; `repo_full_name`, `bank_address_line_1`: a thing's, not a person's
  if (leading.some((word) => LEADING_NEGATORS.has(word))) return undefined;
  if (match.category !== 'email' && leading.some((word) => LEADING_THINGS.has(word) && !(word === 'bank' && match.category === 'financial account'))) return undefined;
  const numeric = types.every((type) => type === 'integer' || type === 'number') && types[0] !== undefined;
  if (numeric && !['geolocation', 'financial account', 'national id', 'phone', 'date of birth', 'address'].includes(match.category)) return undefined;
  if (match.category === 'address' && numeric && !words.some((word) => ['zip', 'postal', 'postcode', 'zipcode', 'house', 'building', 'street'].includes(word))) return undefined;
  switch (match.contextual) {
    case 'person':
      if (!personContext) return undefined;
      return { category: match.category, evidence: `name "${name}" in a person schema` };
    case 'address':
      if (!addressContext && !personContext) return undefined;
      return { category: match.category, evidence: `name "${name}" in an address` };
    case 'card':
      if (![...context.schemaWords, ...context.propertyWords].includes('card')) return undefined;
      return { category: 'financial account', evidence: `name "${name}" in a card` };
    case 'not-infra':
      if (infraContext) return undefined;
      break;
    case 'not-thing':
      if (thingContext) return undefined;
      break;
    case 'not-infra-or-thing':
      if (infraContext || thingContext) return undefined;
      break;
  }
  return { category: match.category, evidence: `name "${name}"` };
}

/** The last person-or-thing noun of the words decides: `simple-user`, `team-member` are people, `UserGroup`, `public-user.plan` things. */
function personOrThing(words: string[]): 'person' | 'thing' | undefined {
  for (let i = words.length - 1; i >= 0; i--) {
    if (PERSON_NOUNS.has(words[i]) || PERSON_NOUNS.has(singular(words[i]))) return 'person';
    if (THING_NOUNS.has(words[i]) || THING_NOUNS.has(singular(words[i]))) return 'thing';
  }
  return undefined;
}

/** Whether the context is about a person or an organisation: the last person or business noun decides. */
function nearestSubject(words: string[]): 'person' | 'business' | undefined {
  for (let i = words.length - 1; i >= 0; i--) {
    const word = singular(words[i]);
    if (PERSON_NOUNS.has(words[i]) || PERSON_NOUNS.has(word)) return 'person';
    if (BUSINESS_NOUNS.has(words[i]) || BUSINESS_NOUNS.has(word)) return 'business';
  }
  return undefined;
}

function singular(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/** The name of the schema a node belongs to and the property chain inside it: `Customer`, `Customer.address`. */
export function schemaLabelOf(node: Located<unknown>, contract: ContractIndex): { label: string; words: string[] } {
  const segments = node.path.map(String);
  let name: string | undefined;
  let start = 0;
  for (let i = 0; i < segments.length - 1; i++) {
    if ((segments[i] === 'schemas' && segments[i - 1] === 'components') || (segments[i] === 'definitions' && i === 0) || segments[i] === '$defs') {
      name = segments[i + 1];
      start = i + 2;
    }
  }
  if (name === undefined && node.file !== contract.file && (segments.length === 0 || (segments[0] !== 'paths' && segments[0] !== 'components'))) {
    name = segments.length > 0 && segments.length <= 2 && !['properties', 'items'].includes(segments[0]) ? segments[segments.length - 1] : path.basename(node.file.relPath).replace(/\.(ya?ml|json)$/i, '');
    start = segments.length <= 2 ? segments.length : 0;
  }
  const chain: string[] = [];
  for (let i = start; i < segments.length - 1; i++) if (segments[i] === 'properties') chain.push(segments[i + 1]);
  if (name !== undefined) return { label: [name, ...chain].join('.'), words: [name, ...chain].flatMap(splitWords) };
  if (segments[0] === 'paths' && segments.length >= 3) {
    const method = segments[2].toUpperCase();
    const responseIndex = segments.indexOf('responses');
    const where = responseIndex >= 0 ? `${segments[responseIndex + 1]} response` : segments.includes('requestBody') || segments.includes('parameters') ? 'request' : 'body';
    const pathWords = segments[1].split('/').filter((segment) => !segment.includes('{')).flatMap(splitWords);
    return { label: [`${method} ${segments[1]} ${where}`, ...chain].join('.'), words: [...pathWords, ...chain.flatMap(splitWords)] };
  }
  if (segments[0] === 'webhooks' && segments.length >= 3) {
    const where = segments.includes('responses') ? `${segments[segments.indexOf('responses') + 1]} response` : 'payload';
    return { label: [`webhook ${segments[1]} ${where}`, ...chain].join('.'), words: [...splitWords(segments[1]), ...chain.flatMap(splitWords)] };
  }
  return { label: `${node.file.relPath}#${toPointer(node.path)}`, words: [] };
}

const cache = new WeakMap<ContractIndex, PersonalDataProperty[]>();

/**
 * Every schema property of the contract (and of the files it `$ref`s) that looks like personal data,
 * each written place once, with the classification that covers it (the property's own, or an
 * enclosing schema's; a property reached from a classified schema counts as classified).
 */
export function personalDataProperties(contract: ContractIndex): PersonalDataProperty[] {
  const cached = cache.get(contract);
  if (cached) return cached;
  // Found properties by where they are written (file and JSON Pointer, as a `file#pointer` key would say),
  // without building that string per property and visit: grouped by the `properties` object, then its place.
  const found = new Map<JsonObject, Array<{ at: Located<JsonObject>; byName: Map<string, PersonalDataProperty> }>>();
  const list: PersonalDataProperty[] = [];
  for (const visit of contract.schemas) {
    const properties = contract.child(visit.node, 'properties');
    if (!properties || !isObject(properties.value)) continue;
    let label: { label: string; words: string[] } | undefined;
    let places = found.get(properties.value);
    if (places === undefined) found.set(properties.value, (places = []));
    let place = places.find((candidate) => candidate.at.file.absPath === properties.file.absPath && samePointer(candidate.at.path, properties.path));
    for (const [name, raw] of contract.entries(properties)) {
      const schema = contract.resolveObject(raw);
      if (!schema) continue;
      const target = itemSchema(contract, schema);
      const own = (isObject(raw.value) ? readClassification(raw as Located<JsonObject>) : undefined) ?? readClassification(schema) ?? (target !== schema ? readClassification(target) : undefined);
      const classification = own ?? visit.classification;
      const existing = place?.byName.get(name);
      if (existing) {
        if (!existing.classification && classification) existing.classification = classification;
        continue;
      }
      label ??= schemaLabelOf(visit.node, contract);
      if (hasObjectShape(contract, target)) continue;
      const result = classifyPropertyName(name, target.value, { schemaWords: label.words, propertyWords: visit.propertyName ? splitWords(visit.propertyName) : [] });
      if (!result) continue;
      if (place === undefined) places.push((place = { at: properties as Located<JsonObject>, byName: new Map() }));
      const property: PersonalDataProperty = { name, category: result.category, evidence: result.evidence, at: raw, schema, parent: visit.node, schemaLabel: label.label, classification };
      place.byName.set(name, property);
      list.push(property);
    }
  }
  cache.set(contract, list);
  return list;
}

/** For an array property (`emails: [string]`), the item schema decides; objects with properties are checked through their own properties. */
function itemSchema(contract: ContractIndex, schema: Located<JsonObject>): Located<JsonObject> {
  const types = Array.isArray(schema.value.type) ? schema.value.type : [schema.value.type];
  if (!types.includes('array') && !isObject(schema.value.items)) return schema;
  return contract.get(schema, 'items') ?? schema;
}

/** An object with properties of its own (directly or through allOf/anyOf/oneOf): its properties are checked one by one instead. */
function hasObjectShape(contract: ContractIndex, schema: Located<JsonObject>, depth = 0): boolean {
  // an object, even one without declared properties (Stripe's `zip` payment method), is not a scalar field
  if (isObject(schema.value.properties) || schema.value.type === 'object') return true;
  if (depth > 4) return false;
  for (const key of ['allOf', 'anyOf', 'oneOf']) {
    for (const item of contract.items(contract.child(schema, key))) {
      const resolved = contract.resolveObject(item);
      if (resolved && hasObjectShape(contract, resolved, depth + 1)) return true;
    }
  }
  return false;
}
