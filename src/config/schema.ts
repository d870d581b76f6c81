const severityOrNone = { enum: ['error', 'warn', 'info', 'hint', 'none'] };
const positiveInteger = { type: 'integer', minimum: 1 };
const globList = { type: 'array', items: { type: 'string', minLength: 1 } };

/** JSON Schema of `.publish-gate.yaml`. */
export const CONFIG_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  properties: {
    contracts: globList,
    manifests: globList,
    ignore: globList,
    rulesets: { type: 'array', items: { type: 'string', minLength: 1 } },
    exceptions: { type: 'string', minLength: 1 },
    failOn: severityOrNone,
    policy: {
      type: 'object',
      additionalProperties: false,
      properties: {
        ticketPattern: { type: 'string', minLength: 1 },
        exceptionMaxDays: positiveInteger,
        expiryWarningDays: { type: 'integer', minimum: 0 },
        threatModelMaxAgeDays: positiveInteger,
        deprecationNoticeDays: {
          type: 'object',
          additionalProperties: false,
          properties: { public: { type: 'integer', minimum: 0 }, partner: { type: 'integer', minimum: 0 }, internal: { type: 'integer', minimum: 0 } },
        },
      },
    },
    limits: {
      type: 'object',
      additionalProperties: false,
      properties: {
        maxFileBytes: positiveInteger,
        maxDepth: positiveInteger,
        maxAliases: { type: 'integer', minimum: 0 },
        maxNodes: positiveInteger,
        maxFiles: positiveInteger,
        maxRefHops: positiveInteger,
      },
    },
  },
} as const;
