import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_CONFIG_FILE, defaultConfig, loadConfig, type Config } from '../config/config.js';
import { UsageError } from '../errors.js';
import { resolveRuleSettings, type RulesetFileReader } from '../ruleset/load.js';
import { isPresetName } from '../ruleset/presets.js';
import { DEFAULT_EXCEPTIONS_FILE } from './load.js';
import { gitRefSource, recording, workingTreeSource, type PolicySource } from './policy-source.js';

export type PolicyChangeKind = 'added' | 'modified' | 'deleted';

export interface PolicyChange {
  file: string;
  change: PolicyChangeKind;
}

/** The top-level `policy` field of the report under `--policy-from`. */
export interface PolicyOrigin {
  from: string;
  /** The commit `from` named. */
  commit: string;
  /** Policy files that differ in the working tree from the ref: not applied, pending review. */
  pendingChanges: PolicyChange[];
}

/** Where this run reads its config, rulesets and exceptions from. */
export interface OpenedPolicy {
  source: PolicySource;
  /** The config read from the ref (undefined: the caller loads it from the working tree). */
  config: Config | undefined;
  /** Reader for ruleset files (undefined: the working tree). */
  readRuleset: RulesetFileReader | undefined;
  /** Absolute paths read from the ref, for the pending-changes report. */
  reads: Set<string>;
}

/** With `policyFrom`, reads the config and (later) rulesets and exceptions from that git ref. */
export function openPolicy(cwd: string, options: { policyFrom?: string; configPath?: string; config?: Config }): OpenedPolicy {
  const reads = new Set<string>();
  if (!options.policyFrom) return { source: workingTreeSource(), config: undefined, readRuleset: undefined, reads };
  const source = recording(gitRefSource(cwd, options.policyFrom), reads);
  const config = options.config ?? loadConfigFrom(cwd, options.configPath, source);
  return { source, config, readRuleset: rulesetReader(source), reads };
}

function loadConfigFrom(cwd: string, explicit: string | undefined, source: PolicySource): Config {
  const absPath = path.resolve(cwd, explicit ?? DEFAULT_CONFIG_FILE);
  const bytes = source.read(absPath);
  if (bytes === undefined) {
    if (explicit) throw new UsageError(`config file not found at git ref ${source.ref}: ${explicit}`);
    return defaultConfig();
  }
  return loadConfig(cwd, explicit ?? DEFAULT_CONFIG_FILE, bytes.toString('utf8'));
}

function rulesetReader(source: PolicySource): RulesetFileReader {
  return (absPath) => {
    const bytes = source.read(absPath);
    if (bytes === undefined) throw Object.assign(new Error(`not found at git ref ${source.ref}`), { code: 'ENOENT' });
    return bytes;
  };
}

/**
 * Compares the policy files (those read from the ref, and those the working tree's config names) with
 * the working tree, and lists the differences: they are pending review and are not applied.
 */
export async function pendingPolicyChanges(cwd: string, policy: OpenedPolicy, options: { configPath?: string; exceptionsPath?: string }): Promise<PolicyOrigin> {
  const candidates = new Set<string>(policy.reads);
  const add = (file: string | undefined) => file && candidates.add(path.resolve(cwd, file));
  add(options.configPath ?? DEFAULT_CONFIG_FILE);
  add(options.exceptionsPath ?? DEFAULT_EXCEPTIONS_FILE);
  try {
    const current = loadConfig(cwd, options.configPath);
    add(current.exceptions);
    const local = current.rulesets.filter((name) => !isPresetName(name) && !name.startsWith('spectral:'));
    for (const name of local) add(name);
    if (local.length > 0) {
      // Follow the working tree's rulesets' `extends`, recording every file they read.
      const seen = new Set<string>();
      const reader = recording(workingTreeSource(), seen);
      await resolveRuleSettings(current.rulesets, cwd, (absPath) => {
        const bytes = reader.read(absPath);
        if (bytes === undefined) throw Object.assign(new Error('file not found'), { code: 'ENOENT' });
        return bytes;
      }).catch(() => undefined);
      for (const file of seen) candidates.add(file);
    }
  } catch {
    // A working-tree config that does not load is itself a pending change, listed below.
  }
  const pendingChanges: PolicyChange[] = [];
  for (const absPath of candidates) {
    const relative = path.relative(cwd, absPath);
    if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) continue;
    const before = policy.source.read(absPath);
    const after = existsSync(absPath) ? readFileSync(absPath) : undefined;
    if (before === undefined && after === undefined) continue;
    const change: PolicyChangeKind | undefined = before === undefined ? 'added' : after === undefined ? 'deleted' : before.equals(after) ? undefined : 'modified';
    if (change) pendingChanges.push({ file: relative.split(path.sep).join('/'), change });
  }
  pendingChanges.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { from: policy.source.ref ?? '', commit: policy.source.commit ?? '', pendingChanges };
}
