import type { PathSegment, SourceFile } from '../load/source-file.js';
import { isObject, type ContractIndex, type Located } from './contract.js';
import { splitWords } from './naming.js';
import { reverseFrom } from '../load/data-walk.js';

/**
 * Shows a secret without revealing it: its first 4 characters and its length, e.g. `ghp_… (40 chars)`.
 * Every message about a credential-like value must use this; the raw value never appears in output.
 */
export function maskSecret(value: string): string {
  const chars = Array.from(value);
  return `${chars.slice(0, 4).join('')}… (${chars.length} chars)`;
}

export interface SecretMatch {
  /** What it looks like: "GitHub token", "Stripe live secret key", "JWT", "private key", "high-entropy password". */
  kind: string;
  /** The credential itself (a substring of the value); show it only through `maskSecret`. */
  secret: string;
}

interface TokenPattern {
  kind: string;
  pattern: RegExp;
  /** Length of the fixed prefix: the rest is checked for placeholder text. */
  prefix: number | RegExp;
}

const B = '(?<![A-Za-z0-9_])';
const TOKEN_PATTERNS: TokenPattern[] = [
  { kind: 'Stripe live secret key', pattern: new RegExp(`${B}[sr]k_live_[0-9A-Za-z]{16,}`, 'g'), prefix: 8 },
  { kind: 'Stripe webhook signing secret', pattern: new RegExp(`${B}whsec_[0-9A-Za-z+/=]{24,}`, 'g'), prefix: 6 },
  { kind: 'GitHub token', pattern: new RegExp(`${B}gh[pousr]_[A-Za-z0-9]{36,255}(?![A-Za-z0-9_])`, 'g'), prefix: 4 },
  { kind: 'GitHub fine-grained token', pattern: new RegExp(`${B}github_pat_[A-Za-z0-9_]{40,255}`, 'g'), prefix: 11 },
  { kind: 'AWS access key id', pattern: new RegExp(`${B}(?:AKIA|ASIA)[A-Z0-9]{16}(?![A-Za-z0-9])`, 'g'), prefix: 4 },
  { kind: 'Slack token', pattern: new RegExp(`${B}xox[abposr]-[A-Za-z0-9-]{10,}`, 'g'), prefix: 5 },
  { kind: 'Slack webhook URL', pattern: /https:\/\/hooks\.slack\.com\/services\/T[A-Z0-9]{6,}\/B[A-Z0-9]{6,}\/[A-Za-z0-9]{16,}/g, prefix: 33 },
  { kind: 'Google API key', pattern: new RegExp(`${B}AIza[0-9A-Za-z_-]{35}(?![A-Za-z0-9_-])`, 'g'), prefix: 4 },
  { kind: 'GitLab token', pattern: new RegExp(`${B}gl(?:pat|dt|rt|ptt|cbt|oas)-[A-Za-z0-9_-]{20,}`, 'g'), prefix: /^gl[a-z]+-/ },
  { kind: 'SendGrid API key', pattern: new RegExp(`${B}SG\\.[A-Za-z0-9_-]{16,}\\.[A-Za-z0-9_-]{16,}`, 'g'), prefix: 3 },
  { kind: 'Square access token', pattern: new RegExp(`${B}sq0(?:atp|csp)-[A-Za-z0-9_-]{22,}`, 'g'), prefix: 7 },
  { kind: 'OpenAI/Anthropic-style secret key', pattern: new RegExp(`${B}sk-(?:proj-|svcacct-|admin-|ant-(?:api\\d+-)?)?[A-Za-z0-9_-]{32,}`, 'g'), prefix: /^sk-(?:proj-|svcacct-|admin-|ant-(?:api\d+-)?)?/ },
  { kind: 'npm token', pattern: new RegExp(`${B}npm_[A-Za-z0-9]{36}(?![A-Za-z0-9])`, 'g'), prefix: 4 },
  { kind: 'PyPI token', pattern: new RegExp(`${B}pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,}`, 'g'), prefix: 20 },
  { kind: 'Shopify access token', pattern: new RegExp(`${B}shp(?:at|ss|ca|pa)_[a-fA-F0-9]{32}(?![A-Za-z0-9])`, 'g'), prefix: 6 },
  { kind: 'DigitalOcean token', pattern: new RegExp(`${B}do[opr]_v1_[a-f0-9]{64}(?![A-Za-z0-9])`, 'g'), prefix: 7 },
  { kind: 'Mailgun API key', pattern: new RegExp(`${B}key-[0-9a-f]{32}(?![A-Za-z0-9])`, 'g'), prefix: 4 },
  { kind: 'Twilio auth credentials URL', pattern: /https:\/\/AC[0-9a-f]{32}:[0-9a-f]{32}@/g, prefix: 10 },
];

/**
 * The literal text every pattern above starts with (after its look-behind). A value without any of them
 * cannot match a token pattern, so one scan replaces the loop over all of them for most strings.
 * Keep it in step with TOKEN_PATTERNS (a unit test checks every pattern's samples pass it).
 */
const TOKEN_PREFIXES = /k_live_|whsec_|gh[pousr]_|github_pat_|AKIA|ASIA|xox[abposr]-|https:\/\/hooks\.slack\.com|AIza|gl(?:pat|dt|rt|ptt|cbt|oas)-|SG\.|sq0(?:atp|csp)-|sk-|npm_|pypi-|shp(?:at|ss|ca|pa)_|do[opr]_v1_|key-|https:\/\/AC/;

const JWT = new RegExp(`${B}eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{16,}`, 'g');
const PRIVATE_KEY = /-----BEGIN ((?:[A-Z0-9]+ )*)PRIVATE KEY( BLOCK)?-----([\s\S]*?)(?:-----END [A-Z0-9 ]*PRIVATE KEY( BLOCK)?-----|$)/g;

const PLACEHOLDER_WORDS = [
  'xxxx', 'your', 'example', 'sample', 'placeholder', 'dummy', 'fake', 'test', 'redacted', 'changeme', 'change_me', 'insert',
  'replace', 'abcdef', 'abcd1234', '123456', '1234567', '...', '…', '<', '>', '{', '}', '[', ']', '****', '____', '----', 'here',
  'secret', 'token', 'mykey', 'my_key', 'apikey', 'api_key', 'password', 'foobar', 'lorem', 'invalid', 'revoked', 'demo', 'null',
  'undefined', 'string', 'value', 'qwerty', 'aaaaaa',
];

/** Sample values published in specifications and vendor docs (RFC 6749, jwt.io, GitHub's docs): known, hence not live. */
const DOCUMENTED_SAMPLES = ['2yotnfzfejr1zcsicmwpaa', 'tgzv3jokf0xg5qx2tlkwia', 'sflkxwrjsmekkf2qt4fwpmejf36pok6yjv_adqssw5c', '16c7e42f292c6912e7710c838347ae178b4a', 'e72e16c7e42f292c6912e7710c838347ae178b4a'];

/** Placeholder text instead of a credential: `YOUR_API_KEY`, `<token>`, `xxxx`, `sk_live_...`, `ghp_` followed by repeated characters. */
export function isPlaceholder(value: string): boolean {
  const lower = value.toLowerCase();
  if (DOCUMENTED_SAMPLES.some((sample) => lower.includes(sample))) return true;
  if (PLACEHOLDER_WORDS.some((word) => lower.includes(word))) return true;
  if (/(.)\1{5,}/.test(value)) return true;
  const distinct = new Set(value).size;
  if (distinct < Math.min(8, Math.ceil(value.length / 3))) return true;
  // ascending runs like 0123456789 or abcdefgh
  if (/0123|1234|2345|3456|4567|5678|6789|abcd|bcde|cdef|wxyz/i.test(value) && distinct < value.length / 2) return true;
  return false;
}

/** Shannon entropy in bits per character. */
export function shannonEntropy(value: string): number {
  const counts = new Map<string, number>();
  for (const char of value) counts.set(char, (counts.get(char) ?? 0) + 1);
  let entropy = 0;
  for (const count of counts.values()) {
    const p = count / value.length;
    entropy -= p * Math.log2(p);
  }
  return entropy;
}

const SECRET_WORDS = new Set(['token', 'tokens', 'secret', 'secrets', 'password', 'passwd', 'pwd', 'passphrase', 'apikey', 'credential', 'credentials', 'authorization', 'bearer', 'pat', 'privatekey', 'accesskey', 'secretkey', 'authtoken', 'accesstoken']);
const KEY_QUALIFIERS = new Set(['api', 'access', 'secret', 'private', 'signing', 'auth', 'client', 'encryption', 'master', 'license', 'session', 'consumer', 'app', 'application', 'webhook', 'service', 'account', 'admin', 'live', 'deploy']);
const NOT_SECRET_WORDS = new Set([
  'public', 'publishable', 'id', 'ids', 'type', 'types', 'url', 'uri', 'name', 'names', 'expires', 'expiry', 'expiration', 'expired',
  'count', 'length', 'hint', 'prefix', 'suffix', 'last4', 'last', 'fingerprint', 'format', 'idempotency', 'hash', 'hashed', 'sid',
  'endpoint', 'scope', 'scopes', 'policy', 'required', 'enabled', 'set', 'present', 'status', 'created', 'updated', 'at', 'ttl',
  'limit', 'max', 'min', 'rotation', 'version', 'label', 'description', 'header', 'param', 'parameter', 'field', 'location',
  'usage', 'masked', 'preview', 'next', 'page', 'pagination', 'continuation', 'cursor', 'verification', 'reset', 'change', 'changed',
]);

/** A field named like a credential: `token`, `client_secret`, `password`, `api_key`, `X-Api-Key`, `privateKey` (not `public_key`, `key_id`, `next_page_token`). */
export function isSecretFieldName(name: string | undefined): boolean {
  if (!name) return false;
  const words = splitWords(name);
  if (words.some((word) => NOT_SECRET_WORDS.has(word))) return false;
  for (let i = 0; i < words.length; i++) {
    if (SECRET_WORDS.has(words[i])) return true;
    if (words[i] === 'key' && i > 0 && KEY_QUALIFIERS.has(words[i - 1])) return true;
    if (words[i] === 'auth' && i === words.length - 1) return true;
  }
  return false;
}

function looksRandom(value: string): boolean {
  if (value.length < 16 || value.length > 1024 || /\s/.test(value)) return false;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value) || value.includes('@')) return false;
  if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value)) return false;
  if (/^\d{4}-\d{2}-\d{2}/.test(value) || /^[\d.,:-]+$/.test(value)) return false;
  if (isPlaceholder(value)) return false;
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/].filter((re) => re.test(value)).length;
  if (/^[0-9a-f]+$/i.test(value)) return value.length >= 32 && classes >= 2 && shannonEntropy(value) >= 3.0;
  return classes >= 2 && shannonEntropy(value) >= 3.5;
}

function decodeJwtHeader(segment: string): unknown {
  try {
    return JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
}

/**
 * Finds a credential in a string value: a well-known token format, a JWT, a private key block, or
 * (when the field is named like a credential) a high-entropy string. Placeholders are not credentials.
 */
export function detectSecret(value: string, fieldName?: string, options: { patternsOnly?: boolean } = {}): SecretMatch | undefined {
  if (value.length < 8) return undefined;
  if (TOKEN_PREFIXES.test(value)) for (const { kind, pattern, prefix } of TOKEN_PATTERNS) {
    pattern.lastIndex = 0;
    for (const match of value.matchAll(pattern)) {
      const token = match[0];
      const length = typeof prefix === 'number' ? prefix : (prefix.exec(token)?.[0].length ?? 0);
      if (!isPlaceholder(token.slice(length))) return { kind, secret: token };
    }
  }
  if (value.includes('eyJ')) {
    for (const match of value.matchAll(JWT)) {
      const header = decodeJwtHeader(match[0].split('.')[0]);
      if (isObject(header) && (typeof header.alg === 'string' || typeof header.typ === 'string') && !isPlaceholder(match[0].split('.')[2])) return { kind: 'JWT', secret: match[0] };
    }
  }
  if (value.includes('PRIVATE KEY')) {
    for (const match of value.matchAll(PRIVATE_KEY)) {
      const body = match[3].replace(/^[A-Za-z-]+:.*$/gm, '').replace(/[\s\\n]+/g, '').replace(/\\n/g, '');
      if (body.length >= 64 && /^[A-Za-z0-9+/=]+$/.test(body) && !isPlaceholder(body)) return { kind: `${match[1] ?? ''}private key`.trim().toLowerCase().replace(/^private/, 'private'), secret: match[0] };
    }
  }
  if (options.patternsOnly || !isSecretFieldName(fieldName)) return undefined;
  const candidate = value.replace(/^(?:Bearer|Basic|Token|token|Bot)\s+/, '');
  if (looksRandom(candidate)) return { kind: `high-entropy value in "${fieldName}"`, secret: candidate };
  return undefined;
}

/** One string value found where examples live, with the field it describes. */
export interface ExampleString {
  at: Located<string>;
  /** The property, parameter or header the value is an example of, or the key inside the example data. */
  field?: string;
  /** `example`, `examples`, `default`, `enum`, `const`, `x-example…`, another `x-` extension, or `description`. */
  source: string;
}

/** `named`: the value is an entry of a named map (a property, a header...), so its own keys are fields, not names. */
interface ExampleFrame {
  value: unknown;
  parent: ExampleFrame | undefined;
  /** The key or index of this value in its parent (undefined for the document itself). */
  key: PathSegment | undefined;
  depth: number;
  parentKey?: string;
  field?: string;
  source?: string;
  named?: boolean;
}

/** A located string whose path is built from the walk's frames when first read. */
class LazyLocated implements Located<string> {
  private built: PathSegment[] | undefined;

  constructor(
    readonly value: string,
    readonly file: SourceFile,
    private frame: ExampleFrame | undefined,
  ) {}

  get path(): PathSegment[] {
    if (!this.built) {
      const path: PathSegment[] = [];
      for (let current = this.frame; current && current.key !== undefined; current = current.parent) path.push(current.key);
      this.built = path.reverse();
      this.frame = undefined;
    }
    return this.built;
  }
}

/** `value` is an Example Object's value (OpenAPI has no other `value` field). */
const DATA_KEYS = new Set(['example', 'examples', 'default', 'enum', 'const', 'value']);
const NAMED_MAPS = new Set(['properties', 'variables', 'headers', 'schemas', 'definitions', 'parameters', 'securitySchemes', 'securityDefinitions', 'patternProperties']);

/**
 * Every string in example-holding places of a contract and of every file it `$ref`s (each file read
 * once, in one pass): `example`, `examples`, `default`, `enum`, `const`, `x-` extensions (such as
 * `x-example`, `x-codeSamples`), and descriptions. `$ref`s inside example data are not followed.
 */
export function exampleStrings(contract: ContractIndex): ExampleString[] {
  const out: ExampleString[] = [];
  const visited = new Set<string>();
  const queue: SourceFile[] = [contract.file];
  visited.add(contract.file.absPath);
  const maxDepth = contract.workspace.limits.maxDepth;
  const followFile = (from: SourceFile, ref: string): void => {
    const hash = ref.indexOf('#');
    const target = hash === -1 ? ref : ref.slice(0, hash);
    if (target === '') return;
    const result = contract.workspace.resolveRef(from, target);
    if (result.ok && !visited.has(result.file.absPath)) {
      visited.add(result.file.absPath);
      contract.files.add(result.file);
      queue.push(result.file);
    }
  };
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (!file.parsed) continue;
    // Paths are built only for the strings returned, and only when read (for a finding): each frame links
    // to its parent instead of copying the path at every node of the document.
    const stack: ExampleFrame[] = [{ value: file.data, parent: undefined, key: undefined, depth: 0 }];
    while (stack.length > 0) {
      const frame = stack.pop()!;
      const { value, parentKey, field, source, named, depth } = frame;
      if (depth > maxDepth) continue;
      if (typeof value === 'string') {
        if (source) out.push({ at: new LazyLocated(value, file, frame), field, source });
        continue;
      }
      if (Array.isArray(value)) {
        for (let index = value.length - 1; index >= 0; index--) stack.push({ value: value[index], parent: frame, key: index, depth: depth + 1, parentKey: undefined, field, source });
        continue;
      }
      if (!isObject(value)) continue;
      if (source) {
        // an Example Object written as a reference: read the file it is in
        if (source === 'examples' && typeof value.$ref === 'string') followFile(file, value.$ref);
        const first = stack.length;
        for (const key in value) stack.push({ value: value[key], parent: frame, key, depth: depth + 1, parentKey: key, field: key === 'value' ? field : key, source });
        reverseFrom(stack, first);
        continue;
      }
      if (typeof value.$ref === 'string' && parentKey !== 'properties') followFile(file, value.$ref);
      const ownField = typeof value.name === 'string' && typeof value.in === 'string' ? value.name : field;
      // Keys in order (for-in: no key array per object), the frames pushed then reversed: popped first to last.
      const first = stack.length;
      for (const key in value) {
        const child = value[key];
        // Outside example data only objects and arrays lead anywhere: no frame for the other values.
        if (!named && parentKey !== undefined && NAMED_MAPS.has(parentKey)) {
          if (child !== null && typeof child === 'object') stack.push({ value: child, parent: frame, key, depth: depth + 1, parentKey: key, field: key, named: true });
          continue;
        }
        if (DATA_KEYS.has(key) || key.startsWith('x-')) {
          stack.push({ value: child, parent: frame, key, depth: depth + 1, parentKey: key, field: ownField, source: key });
          continue;
        }
        if (key === 'description' && typeof child === 'string') {
          out.push({ at: new LazyLocated(child, file, { value: child, parent: frame, key, depth: depth + 1 }), field: ownField, source: 'description' });
          continue;
        }
        if (child !== null && typeof child === 'object') stack.push({ value: child, parent: frame, key, depth: depth + 1, parentKey: key, field: ownField });
      }
      reverseFrom(stack, first);
    }
  }
  return out;
}
