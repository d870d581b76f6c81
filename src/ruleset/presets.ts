import { RULES } from '../rules/index.js';
import type { Rule } from '../rules/rule.js';
import type { SeverityOrOff } from '../types.js';

export const PRESET_NAMES = ['publish-gate:recommended', 'publish-gate:strict'] as const;
export type PresetName = (typeof PRESET_NAMES)[number];

export function isPresetName(name: string): name is PresetName {
  return (PRESET_NAMES as readonly string[]).includes(name);
}

export function presetSeverity(rule: Rule, preset: PresetName): SeverityOrOff {
  return preset === 'publish-gate:strict' ? (rule.strictSeverity ?? rule.severity) : rule.severity;
}

/** Marks the functions of built-in rules, so the engine runs them itself rather than through Spectral. */
export const BUILTIN_RULE = Symbol.for('publish-gate.builtin-rule');

export type BuiltinFunction = ((...args: unknown[]) => unknown[]) & { [BUILTIN_RULE]: string };

const builtinFunctions = new Map<string, BuiltinFunction>();

function builtinFunction(rule: Rule): BuiltinFunction {
  let fn = builtinFunctions.get(rule.id);
  if (!fn) {
    // Built-in rules read publish-gate's shared contract index, which Spectral does not build: when a
    // ruleset is run by Spectral itself they report nothing, and publish-gate's engine runs them.
    fn = Object.assign(() => [], { [BUILTIN_RULE]: rule.id });
    builtinFunctions.set(rule.id, fn);
  }
  return fn;
}

export function builtinRuleId(fn: unknown): string | undefined {
  return typeof fn === 'function' ? (fn as Partial<BuiltinFunction>)[BUILTIN_RULE] : undefined;
}

/** `publish-gate:recommended` or `publish-gate:strict` as a Spectral ruleset definition. */
export function presetDefinition(preset: PresetName): Record<string, unknown> {
  const rules: Record<string, unknown> = {};
  for (const rule of RULES) {
    rules[rule.id] = {
      description: rule.description,
      message: '{{error}}',
      severity: presetSeverity(rule, preset),
      given: '$',
      extensions: { 'x-publish-gate-control': rule.control },
      then: { function: builtinFunction(rule) },
    };
  }
  return { description: `publish-gate ${preset.split(':')[1]} ruleset`, rules };
}
