import type { ContractIndex, JsonObject, Located, Operation } from './contract.js';
import { isObject } from './contract.js';

/** The listing `auth.model` a security scheme stands for, or undefined (e.g. HTTP basic). */
export function schemeModel(scheme: JsonObject): 'oauth2' | 'oidc' | 'apiKey' | 'mtls' | 'http' | undefined {
  switch (scheme.type) {
    case 'oauth2':
      return 'oauth2';
    case 'openIdConnect':
      return 'oidc';
    case 'apiKey':
      return 'apiKey';
    case 'mutualTLS':
      return 'mtls';
    case 'http':
    case 'basic':
      return 'http';
    default:
      return undefined;
  }
}

export type ListingAuthModel = 'oauth2' | 'oidc' | 'apiKey' | 'mtls';

/**
 * The listing `auth.model`s a security scheme is consistent with. An HTTP bearer token may be an OAuth 2.0
 * or OpenID Connect access token or an API key; HTTP basic credentials are issued like API keys.
 */
export function compatibleModels(scheme: JsonObject): ListingAuthModel[] {
  switch (scheme.type) {
    case 'oauth2':
      return ['oauth2', 'oidc'];
    case 'openIdConnect':
      return ['oidc', 'oauth2'];
    case 'apiKey':
      return ['apiKey'];
    case 'mutualTLS':
      return ['mtls'];
    case 'http':
      return typeof scheme.scheme === 'string' && scheme.scheme.toLowerCase() === 'bearer' ? ['oauth2', 'oidc', 'apiKey'] : ['apiKey'];
    case 'basic':
      return ['apiKey'];
    default:
      return [];
  }
}

/** Names of the schemes the operations' effective security requirements use. */
export function usedSchemeNames(contract: ContractIndex): Set<string> {
  const names = new Set<string>();
  for (const operation of contract.operations) {
    for (const requirement of operation.security.requirements) for (const name of Object.keys(requirement)) names.add(name);
  }
  return names;
}

/** Every scope a security scheme of the contract defines (OAuth2 flows' `scopes`), with where it is written. */
export function definedScopes(contract: ContractIndex): Map<string, Located<unknown>> {
  const scopes = new Map<string, Located<unknown>>();
  for (const scheme of contract.securitySchemes.values()) {
    if (scheme.value.type !== 'oauth2') continue;
    const containers = contract.isSwagger2 ? [contract.get(scheme, 'scopes')] : contract.entries(contract.get(scheme, 'flows')).map(([, flow]) => contract.get(contract.resolveObject(flow), 'scopes'));
    for (const container of containers) {
      for (const [name, node] of contract.entries(container)) if (!scopes.has(name)) scopes.set(name, node);
    }
  }
  return scopes;
}

export interface RequiredScope {
  scope: string;
  /** The first operation (in document order) that requires it. */
  operation: Operation;
}

/** Every scope an operation's security requirement asks for, in document order, each once. */
export function requiredScopes(contract: ContractIndex): RequiredScope[] {
  const seen = new Map<string, RequiredScope>();
  for (const operation of contract.operations) {
    for (const requirement of operation.security.requirements) {
      for (const list of Object.values(requirement)) {
        for (const scope of list) if (!seen.has(scope)) seen.set(scope, { scope, operation });
      }
    }
  }
  return [...seen.values()];
}

export function isObjectValue(value: unknown): value is JsonObject {
  return isObject(value);
}
