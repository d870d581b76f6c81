import type { JsonObject, Located } from '../model/contract.js';
import { isLocalHost, locationKey, urlParts } from '../model/security.js';
import { defineRule } from './rule.js';

const PLAIN = new Set(['http', 'ws']);
const MAX_EXPANSIONS = 256;

interface Expansion {
  url: string;
  /** The variable value that made the URL plain, where it is written. */
  cause?: { name: string; at: Located<unknown> };
}

/** The URLs a server object can stand for: its variables' defaults and enum values substituted. */
function expand(url: string, variables: Array<{ name: string; values: Array<Located<unknown>> }>): Expansion[] {
  let expansions: Expansion[] = [{ url }];
  for (const variable of variables) {
    const token = `{${variable.name}}`;
    if (!url.includes(token) || variable.values.length === 0) continue;
    const next: Expansion[] = [];
    for (const expansion of expansions) {
      for (const value of variable.values) {
        if (next.length >= MAX_EXPANSIONS) break;
        const substituted = expansion.url.split(token).join(String(value.value));
        const before = urlParts(expansion.url.replace(/\{[^}]*\}/g, 'x'));
        const after = urlParts(substituted.replace(/\{[^}]*\}/g, 'x'));
        const madePlain = after && PLAIN.has(after.scheme) && !(before && PLAIN.has(before.scheme));
        const madeLocal = after && before && PLAIN.has(after.scheme) && isLocalHost(after.host) !== isLocalHost(before.host);
        next.push({ url: substituted, cause: expansion.cause ?? (madePlain || madeLocal ? { name: variable.name, at: value } : undefined) });
      }
    }
    expansions = next;
  }
  return expansions;
}

export default defineRule({
  id: 'transport-https-only',
  control: 'transport',
  severity: 'error',
  target: 'contract',
  description: 'Servers are reached over TLS only: no `http://` or `ws://` server URLs (3.x, variables expanded), no `http` or `ws` in `schemes` (2.0). Local development servers are a warning.',
  hint: 'Use `https://` (or `wss://`) server URLs and `schemes: [https]`; keep plain-HTTP development servers on localhost only.',
  check({ contract, report }) {
    const seen = new Set<string>();
    const once = (at: Located<unknown>): boolean => {
      const key = locationKey(at);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    };

    if (contract.isSwagger2) {
      const host = typeof contract.root.value.host === 'string' ? contract.root.value.host : '';
      const local = host !== '' && isLocalHost(host);
      const checkSchemes = (owner: Located<JsonObject>, label: string): void => {
        for (const item of contract.items(contract.child(owner, 'schemes'))) {
          if (typeof item.value !== 'string' || !PLAIN.has(item.value.toLowerCase()) || !once(item)) continue;
          report({
            message: `${label} allows the plain-text scheme "${item.value}"${local ? ` (host "${host}" is a local development server)` : ''}`,
            at: item,
            severity: local ? 'warn' : undefined,
          });
        }
      };
      checkSchemes(contract.root, 'the API');
      for (const operation of contract.operations) checkSchemes(operation.node, operation.label);
      return;
    }

    const checkServers = (owner: Located<JsonObject> | undefined, label: string): void => {
      contract.items(contract.child(owner ?? contract.root, 'servers')).forEach((raw) => {
        const server = contract.resolveObject(raw);
        const url = server ? contract.child(server, 'url') : undefined;
        if (!server || !url || typeof url.value !== 'string' || !once(url)) return;
        const variables = contract.entries(contract.get(server, 'variables')).map(([name, rawVariable]) => {
          const variable = contract.resolveObject(rawVariable);
          const values: Array<Located<unknown>> = [];
          const fallback = variable ? contract.child(variable, 'default') : undefined;
          if (fallback) values.push(fallback);
          for (const option of contract.items(variable ? contract.child(variable, 'enum') : undefined)) {
            if (!values.some((value) => value.value === option.value)) values.push(option);
          }
          return { name, values };
        });
        const plain = expand(url.value, variables).flatMap((expansion) => {
          const parts = urlParts(expansion.url);
          return parts && PLAIN.has(parts.scheme) ? [{ ...expansion, local: isLocalHost(parts.host) }] : [];
        });
        if (plain.length === 0) return;
        const remote = plain.find((expansion) => !expansion.local);
        const worst = remote ?? plain[0];
        const through = worst.cause ? ` when variable "${worst.cause.name}" is "${String(worst.cause.at.value)}"` : '';
        report({
          message: `${label} server "${url.value}" uses plain ${urlParts(worst.url)?.scheme.toUpperCase()}${through}${worst.url !== url.value ? ` (${worst.url})` : ''}${remote ? '' : ': a local development server'}`,
          at: url,
          severity: remote ? undefined : 'warn',
        });
      });
    };
    checkServers(undefined, 'the API');
    const pathItems = new Set<string>();
    for (const operation of contract.operations) {
      if (!pathItems.has(locationKey(operation.pathItem))) {
        pathItems.add(locationKey(operation.pathItem));
        checkServers(operation.pathItem, operation.pathKey);
      }
      checkServers(operation.node, operation.label);
    }
  },
});
