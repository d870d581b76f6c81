import { realpathSync } from 'node:fs';
import path from 'node:path';
import type { SourceFile } from '../load/source-file.js';
import { printable } from '../load/redact.js';
import { findUnsafeSchemaPattern } from '../load/safe-regex.js';
import { findProtoKey } from '../load/text-checks.js';
import { inlinedSize } from '../model/refs.js';
import { toPointer, type Workspace } from '../load/workspace.js';
import type { RuleSettings } from '../ruleset/load.js';
import type { Finding, Severity } from '../types.js';

type SpectralCore = typeof import('@stoplight/spectral-core');
type SpectralRuleset = InstanceType<SpectralCore['Ruleset']>;

const SEVERITIES: Severity[] = ['error', 'warn', 'info', 'hint'];
const SPECTRAL_OAS_DOCS = 'https://docs.stoplight.io/docs/spectral/4dec24461f3af-open-api-rules';

/**
 * Runs the rules that are not publish-gate's own (a user's JSONPath rules, `spectral:oas`) with
 * Spectral itself. Its resolver reads files inside the working directory only and never the network.
 */
export async function runForeignRules(ruleset: SpectralRuleset, file: SourceFile, workspace: Workspace, settings: RuleSettings): Promise<Finding[]> {
  // Spectral compiles schema patterns to validate examples: one with catastrophic backtracking would hang the gate.
  const protoKey = findProtoKey(file.data, workspace.limits.maxDepth);
  if (protoKey) throw new Error(`not run: the key at ${toPointer(protoKey)} is named __proto__, which Spectral cannot process safely; rename it`);
  const unsafe = findUnsafeSchemaPattern(file.data, workspace.limits.maxDepth);
  if (unsafe) throw new Error(`not run: the schema pattern at ${toPointer(unsafe.path)} is rejected (${unsafe.reason})`);
  // Spectral walks the document with every $ref inlined: a diamond of $refs would take it exponential time.
  const inlined = inlinedSize(file, workspace, workspace.limits.maxNodes);
  if (inlined > workspace.limits.maxNodes) throw new Error(`not run: with its $refs inlined the contract has more than ${workspace.limits.maxNodes} nodes (limits.maxNodes)`);
  const core = await import('@stoplight/spectral-core');
  const parsersModule = (await import('@stoplight/spectral-parsers')) as unknown as { Yaml?: unknown; default?: unknown };
  // Plain Node sees this CommonJS package's exports under `default` only (the test runner also sees them by name).
  const parsers = (parsersModule.Yaml ? parsersModule : parsersModule.default) as typeof import('@stoplight/spectral-parsers');
  const { Resolver } = await import('@stoplight/spectral-ref-resolver');
  const refuse = (uri: { toString(): string }) => Promise.reject(new Error(`${uri.toString()} is not fetched: publish-gate never uses the network for references`));
  const resolver = new Resolver({
    resolvers: {
      http: { resolve: refuse },
      https: { resolve: refuse },
      file: {
        resolve: async (uri: { toString(): string; path(): string }) => {
          const target = path.resolve(decodeURIComponent(uri.path()));
          if (!workspace.isInside(target) || !workspace.isInside(realpathSync(target))) throw new Error(`${workspace.relative(target)} is outside the working directory`);
          // Through the workspace: the same containment, size and depth limits as publish-gate's own loader.
          const loaded = workspace.load(target);
          const problem = loaded.problems.find((candidate) => candidate.fatal);
          if (problem) throw new Error(`${loaded.relPath} is not read: ${problem.message}`);
          if (findUnsafeSchemaPattern(loaded.data, workspace.limits.maxDepth)) throw new Error(`${loaded.relPath} is not read: it has a schema pattern that can take exponential time to match`);
          return loaded.text;
        },
      },
    },
  } as never);
  const spectral = new core.Spectral({ resolver: resolver as never });
  spectral.setRuleset(ruleset);
  const parser = file.format === 'json' ? parsers.Json : parsers.Yaml;
  const document = new core.Document(file.text, parser as never, file.absPath);
  const results = await spectral.run(document, { ignoreUnknownFormat: true });
  // Spectral's resolver also tries `$ref`s inside example values and `x-` extensions (data, not structure) and
  // reports each it may not fetch; publish-gate's own structure-ref rule reports the structural ones, once.
  return results.filter((result) => result.code !== 'invalid-ref').map((result) => {
    const rule = ruleset.rules[String(result.code)];
    const source = result.source ? path.resolve(result.source) : file.absPath;
    return {
      ruleId: String(result.code),
      control: settings.controlOf(String(result.code)),
      severity: SEVERITIES[result.severity] ?? 'error',
      message: printable(result.message),
      hint: rule?.description ?? '',
      docs: rule?.documentationUrl ?? (rule && isSpectralOasRule(rule) ? SPECTRAL_OAS_DOCS : ''),
      file: workspace.relative(source),
      range: {
        start: { line: result.range.start.line + 1, column: result.range.start.character + 1 },
        end: { line: result.range.end.line + 1, column: result.range.end.character + 1 },
      },
      pointer: toPointer(result.path),
      waivedBy: null,
    };
  });
}

function isSpectralOasRule(rule: { owner?: { definition?: unknown } }): boolean {
  const description = (rule.owner?.definition as { documentationUrl?: string } | undefined)?.documentationUrl;
  return typeof description === 'string' && description.includes('stoplight');
}
