import type { Audience } from '../types.js';

export interface Policy {
  /** Source of a regular expression tickets must match; undefined: any non-empty ticket. */
  ticketPattern: string | undefined;
  exceptionMaxDays: number;
  expiryWarningDays: number;
  threatModelMaxAgeDays: number;
  deprecationNoticeDays: Record<Audience, number>;
}

export const DEFAULT_POLICY: Policy = {
  ticketPattern: undefined,
  exceptionMaxDays: 90,
  expiryWarningDays: 14,
  threatModelMaxAgeDays: 365,
  deprecationNoticeDays: { public: 180, partner: 90, internal: 30 },
};
