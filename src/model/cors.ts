import type { ContractIndex, HeaderInfo, Operation, ResponseInfo } from './contract.js';
import { documentedHeaderValues } from './security.js';

export interface CorsResponse {
  operation: Operation;
  response: ResponseInfo;
  origin: HeaderInfo;
  /** `Access-Control-Allow-Origin` is documented as `*`. */
  wildcard: boolean;
  /** `Access-Control-Allow-Credentials` is documented as `true`. */
  credentials: HeaderInfo | undefined;
}

/** Responses that document `Access-Control-Allow-Origin`, with what their CORS headers say. */
export function corsResponses(contract: ContractIndex): CorsResponse[] {
  const found: CorsResponse[] = [];
  for (const operation of contract.operations) {
    for (const response of operation.responses) {
      const origin = response.headers.get('access-control-allow-origin');
      if (!origin) continue;
      const wildcard = documentedHeaderValues(contract, origin).some((value) => typeof value === 'string' && value.trim() === '*');
      const credentialsHeader = response.headers.get('access-control-allow-credentials');
      const credentials =
        credentialsHeader && documentedHeaderValues(contract, credentialsHeader).some((value) => value === true || (typeof value === 'string' && value.trim().toLowerCase() === 'true'))
          ? credentialsHeader
          : undefined;
      found.push({ operation, response, origin, wildcard, credentials });
    }
  }
  return found;
}
