/** Bounds on untrusted input. Each is configurable under `limits:` in the config. */
export interface Limits {
  /** Largest file read, in bytes. */
  maxFileBytes: number;
  /** Deepest nesting of mappings and sequences. */
  maxDepth: number;
  /** Most YAML alias (`*anchor`) uses in one file. */
  maxAliases: number;
  /** Most nodes a YAML file may expand to once aliases are followed. */
  maxNodes: number;
  /** Most files one run lints. */
  maxFiles: number;
  /** Longest chain of `$ref`s followed from one place. */
  maxRefHops: number;
}

export const DEFAULT_LIMITS: Limits = {
  maxFileBytes: 20 * 1024 * 1024,
  maxDepth: 256,
  maxAliases: 1000,
  maxNodes: 2_000_000,
  maxFiles: 20_000,
  maxRefHops: 64,
};
