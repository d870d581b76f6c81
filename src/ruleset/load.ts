import { readFileSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../errors.js';
import { DEFAULT_LIMITS } from '../load/limits.js';
import { SourceFile } from '../load/source-file.js';
import { checkPatternOptions } from '../load/safe-regex.js';
import { outsideReason } from '../load/contain.js';
import { RULES } from '../rules/index.js';
import type { Rule } from '../rules/rule.js';
import { CONTROLS, type Control, type SeverityOrOff } from '../types.js';
import { builtinRuleId, isPresetName, presetDefinition, presetSeverity, type PresetName } from './presets.js';

type SpectralCore = typeof import('@stoplight/spectral-core');
type SpectralRuleset = InstanceType<SpectralCore['Ruleset']>;

/** The rules in force: severities of built-in rules per file, and any rules Spectral must run. */
export interface RuleSettings {
  /** What the rules came from, for reports. */
  sources: string[];
  severityFor(rule: Rule, absPath: string): SeverityOrOff;
  /** Rules that are not publish-gate's own (user rules, `spectral:oas`), when any are enabled for the file. */
  foreignFor(absPath: string): SpectralRuleset | undefined;
  controlOf(ruleId: string): Control;
}

const SEVERITY_NAMES: SeverityOrOff[] = ['error', 'warn', 'info', 'hint'];

/** Reads a ruleset file's bytes; throws (ENOENT) when it does not exist. Hook for `--policy-from`. */
export type RulesetFileReader = (absPath: string) => Buffer;

export async function resolveRuleSettings(rulesets: string[], cwd: string, readFile: RulesetFileReader = readFileSync): Promise<RuleSettings> {
  if (rulesets.length === 1 && isPresetName(rulesets[0])) return presetSettings(rulesets[0]);
  const core = await import('@stoplight/spectral-core');
  const hoisted: HoistedOverrides = [];
  const extended = [];
  for (const name of rulesets) extended.push(await loadExtend(name, cwd, [], { cwd, root: cwd, overrides: hoisted, readFile }));
  const definition = hoisted.length > 0 ? { extends: extended, overrides: hoisted } : { extends: extended };
  let ruleset: SpectralRuleset;
  try {
    ruleset = new core.Ruleset(definition, { source: path.join(cwd, '.publish-gate-rulesets') });
  } catch (error) {
    throw new UsageError(`ruleset ${rulesets.join(', ')} does not load: ${describeSpectralError(error)}`);
  }
  return spectralSettings(ruleset, rulesets);
}

function presetSettings(preset: PresetName): RuleSettings {
  return {
    sources: [preset],
    severityFor: (rule) => presetSeverity(rule, preset),
    foreignFor: () => undefined,
    controlOf: (ruleId) => RULES.find((rule) => rule.id === ruleId)?.control ?? 'structure',
  };
}

function spectralSettings(ruleset: SpectralRuleset, sources: string[]): RuleSettings {
  const perFile = new Map<string, SpectralRuleset>();
  const forFile = (absPath: string) => {
    let scoped = perFile.get(absPath);
    if (!scoped) {
      try {
        scoped = ruleset.fromSource(absPath);
      } catch (error) {
        throw new UsageError(`ruleset overrides cannot be applied to ${absPath}: ${describeSpectralError(error)}`);
      }
      perFile.set(absPath, scoped);
    }
    return scoped;
  };
  const builtinIds = new Set(RULES.map((rule) => rule.id));
  return {
    sources,
    severityFor(rule, absPath) {
      const spectralRule = forFile(absPath).rules[rule.id];
      if (!spectralRule || !spectralRule.enabled || builtinRuleId(spectralRule.then[0]?.function) !== rule.id) return 'off';
      return SEVERITY_NAMES[spectralRule.severity] ?? 'off';
    },
    foreignFor(absPath) {
      const scoped = forFile(absPath);
      const hasForeign = Object.entries(scoped.rules).some(([id, rule]) => rule.enabled && !(builtinIds.has(id) && builtinRuleId(rule.then[0]?.function) === id));
      return hasForeign ? scoped : undefined;
    },
    controlOf(ruleId) {
      const rule = ruleset.rules[ruleId];
      const declared = rule?.extensions?.['x-publish-gate-control'];
      if (typeof declared === 'string' && (CONTROLS as readonly string[]).includes(declared)) return declared as Control;
      return SPECTRAL_OAS_CONTROLS[ruleId] ?? 'structure';
    },
  };
}

/** Controls for the rules of Spectral's `spectral:oas`, so their findings are grouped like ours. */
const SPECTRAL_OAS_CONTROLS: Record<string, Control> = {
  'operation-operationId': 'naming',
  'operation-operationId-unique': 'naming',
  'operation-operationId-valid-in-url': 'naming',
  'path-keys-no-trailing-slash': 'naming',
  'path-not-include-query': 'naming',
  'operation-tag-defined': 'naming',
  'operation-tags': 'naming',
  'openapi-tags': 'naming',
  'tag-description': 'naming',
  'operation-description': 'naming',
  'info-contact': 'ownership',
  'info-description': 'naming',
  'info-license': 'ownership',
  'license-url': 'ownership',
  'oas2-api-schemes': 'transport',
  'oas2-host-not-example': 'transport',
  'oas3-server-not-example.com': 'transport',
  'oas3-api-servers': 'transport',
  'oas2-operation-security-defined': 'auth',
  'oas3-operation-security-defined': 'auth',
  'oas2-unused-definition': 'structure',
  'oas3-unused-component': 'structure',
  'operation-success-response': 'error-model',
};

/**
 * Spectral applies only the top-level ruleset's `overrides`, so those of every loaded file are moved
 * there, with their globs rebased from the file's folder to the working directory.
 */
type HoistedOverrides = Array<Record<string, unknown>>;
interface LoadState {
  cwd: string;
  /** Rulesets outside this folder are not read. */
  root: string;
  overrides: HoistedOverrides;
  readFile: RulesetFileReader;
}

async function loadExtend(name: string, cwd: string, stack: string[], state: LoadState): Promise<unknown> {
  if (isPresetName(name)) return presetDefinition(name);
  if (name.startsWith('spectral:')) {
    const rulesets = (await import('@stoplight/spectral-rulesets')) as unknown as Record<string, unknown>;
    const key = name.slice('spectral:'.length);
    if (!['oas', 'asyncapi', 'arazzo'].includes(key) || !rulesets[key]) throw new UsageError(`unknown ruleset "${name}" (known: spectral:oas, spectral:asyncapi, spectral:arazzo)`);
    return rulesets[key];
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(name)) throw new UsageError(`ruleset "${name}" is remote: rulesets are read from local files only`);
  return loadRulesetFile(path.resolve(cwd, name), stack, state);
}

async function loadRulesetFile(absPath: string, stack: string[], state: LoadState): Promise<unknown> {
  const display = path.relative(state.cwd, absPath).split(path.sep).join('/') || absPath;
  const outside = outsideReason(state.root, absPath);
  if (outside) throw new UsageError(`ruleset ${display} is not read: ${outside}`);
  if (stack.includes(absPath)) throw new UsageError(`ruleset ${display} extends itself (${[...stack, absPath].map((p) => path.basename(p)).join(' -> ')})`);
  let bytes: Buffer;
  try {
    bytes = state.readFile(absPath);
  } catch (error) {
    throw new UsageError(`ruleset ${display} cannot be read: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : (error as Error).message}`);
  }
  const source = SourceFile.fromBytes(absPath, display, bytes, DEFAULT_LIMITS);
  const problem = source.problems.find((candidate) => candidate.fatal) ?? source.problems[0];
  if (problem) {
    const { line, column } = source.positionAt(problem.start);
    throw new UsageError(`ruleset ${display}:${line}:${column} does not load: ${problem.message}`);
  }
  const data = source.data;
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw new UsageError(`ruleset ${display} does not load: it is not a mapping`);
  const raw = data as Record<string, unknown>;
  const fail = (segments: (string | number)[], message: string): never => {
    const { line, column } = source.locate(segments).start;
    throw new UsageError(`ruleset ${display}:${line}:${column} does not load: ${message}`);
  };
  if ('functions' in raw || 'functionsDir' in raw) {
    fail(['functions' in raw ? 'functions' : 'functionsDir'], 'custom JavaScript functions are not run by publish-gate (rulesets must be data); use the built-in Spectral functions');
  }
  const nextStack = [...stack, absPath];
  const spectralFunctions = (await import('@stoplight/spectral-functions')) as unknown as Record<string, unknown>;
  const convert = async (value: Record<string, unknown>, at: (string | number)[]): Promise<Record<string, unknown>> => {
    const result: Record<string, unknown> = { ...value };
    if ('extends' in value) {
      const list = Array.isArray(value.extends) ? value.extends : [value.extends];
      result.extends = await Promise.all(
        list.map(async (entry, index) => {
          if (typeof entry === 'string') return loadExtend(entry, path.dirname(absPath), nextStack, state).catch(rethrowAt(at, index));
          if (Array.isArray(entry) && typeof entry[0] === 'string') {
            return [await loadExtend(entry[0], path.dirname(absPath), nextStack, state).catch(rethrowAt(at, index)), entry[1]];
          }
          return fail([...at, 'extends', index], 'extends entries are ruleset names or [name, severity] pairs');
        }),
      );
    }
    if (value.rules && typeof value.rules === 'object') {
      const rules: Record<string, unknown> = {};
      for (const [id, rule] of Object.entries(value.rules as Record<string, unknown>)) {
        rules[id] = rule && typeof rule === 'object' && !Array.isArray(rule) ? convertRule(rule as Record<string, unknown>, [...at, 'rules', id], fail, spectralFunctions) : rule;
      }
      result.rules = rules;
    }
    if (Array.isArray(value.overrides)) {
      result.overrides = await Promise.all(
        value.overrides.map((override, index) =>
          override && typeof override === 'object' ? convert(override as Record<string, unknown>, [...at, 'overrides', index]) : override,
        ),
      );
    }
    if (Array.isArray(value.formats)) result.formats = await convertFormats(value.formats, [...at, 'formats'], fail);
    return result;
  };
  const rethrowAt = (at: (string | number)[], index: number) => (error: unknown) => {
    if (error instanceof UsageError && !/^ruleset \S+(:\d+:\d+)? (does not load|cannot be read)/.test(error.message)) fail([...at, 'extends', index], error.message);
    throw error;
  };
  const converted = await convert(raw, []);
  const core = await import('@stoplight/spectral-core');
  try {
    // Validate here so that the error names this file and its line.
    new core.Ruleset(converted, { source: absPath });
  } catch (error) {
    const first = firstSpectralError(error);
    if (first?.path) fail(first.path, first.message);
    throw new UsageError(`ruleset ${display} does not load: ${describeSpectralError(error)}`);
  }
  if (Array.isArray(converted.overrides)) {
    const base = path.relative(state.cwd, path.dirname(absPath)).split(path.sep).join('/');
    for (const override of converted.overrides as Array<Record<string, unknown>>) {
      const files = Array.isArray(override.files) ? override.files.map((pattern) => rebaseGlob(String(pattern), base)) : override.files;
      state.overrides.push({ ...override, files });
    }
    delete converted.overrides;
  }
  return converted;
}

function rebaseGlob(pattern: string, base: string): string {
  if (base === '') return pattern;
  return pattern.startsWith('!') ? `!${path.posix.join(base, pattern.slice(1))}` : path.posix.join(base, pattern);
}

function convertRule(
  rule: Record<string, unknown>,
  at: (string | number)[],
  fail: (segments: (string | number)[], message: string) => never,
  spectralFunctions: Record<string, unknown>,
): Record<string, unknown> {
  const result: Record<string, unknown> = { ...rule };
  if ('control' in rule) {
    if (typeof rule.control !== 'string' || !(CONTROLS as readonly string[]).includes(rule.control)) {
      fail([...at, 'control'], `control must be one of ${CONTROLS.join(', ')}`);
    }
    delete result.control;
    result.extensions = { ...(rule.extensions as object | undefined), 'x-publish-gate-control': rule.control };
  }
  if (rule.then !== undefined) {
    const thens = Array.isArray(rule.then) ? rule.then : [rule.then];
    result.then = thens.map((then, index) => {
      if (!then || typeof then !== 'object') return then;
      const name = (then as Record<string, unknown>).function;
      if (typeof name !== 'string') return then;
      const fn = Object.hasOwn(spectralFunctions, name) ? spectralFunctions[name] : undefined;
      if (typeof fn !== 'function') {
        fail([...at, 'then', ...(Array.isArray(rule.then) ? [index] : []), 'function'], `unknown function "${name}" (built-in Spectral functions only: ${Object.keys(spectralFunctions).filter((key) => key !== 'default').sort().join(', ')})`);
      }
      if (name === 'pattern' || name === 'schema') checkPatternOptions((then as Record<string, unknown>).functionOptions, [...at, 'then', ...(Array.isArray(rule.then) ? [index] : []), 'functionOptions'], fail);
      return { ...(then as object), function: fn };
    });
  }
  if (Array.isArray(rule.formats)) result.formats = rule.formats;
  return result;
}

async function convertFormats(formats: unknown[], at: (string | number)[], fail: (segments: (string | number)[], message: string) => never): Promise<unknown[]> {
  const known = (await import('@stoplight/spectral-formats')) as unknown as Record<string, unknown>;
  return formats.map((name, index) => {
    const format = typeof name === 'string' ? known[name] : undefined;
    if (typeof format !== 'function') fail([...at, index], `unknown format "${String(name)}"`);
    return format;
  });
}

interface SpectralErrorLike {
  message: string;
  path?: (string | number)[];
}

function firstSpectralError(error: unknown): SpectralErrorLike | undefined {
  const errors = (error as { errors?: SpectralErrorLike[] })?.errors;
  if (Array.isArray(errors) && errors.length > 0) return errors[0];
  if (error && typeof error === 'object' && 'message' in error) return error as SpectralErrorLike;
  return undefined;
}

export function describeSpectralError(error: unknown): string {
  const errors = (error as { errors?: SpectralErrorLike[] })?.errors;
  if (Array.isArray(errors) && errors.length > 0) {
    return errors.map((item) => `${item.path?.length ? `${item.path.join('.')}: ` : ''}${item.message}`).join('; ');
  }
  return error instanceof Error ? error.message : String(error);
}
