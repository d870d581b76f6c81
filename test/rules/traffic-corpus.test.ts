// Precision of the traffic rules on real public contracts (../shared/corpus, outside the repository).
// Skips with a visible message when the corpus is absent.
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/types.js';
import { lintCase } from '../helpers/rule-tester.js';

// `../shared/corpus` next to the checkout (in a worktree under /work/wt/<name>, two levels up), or $PUBLISH_GATE_CORPUS.
const candidates = [
  process.env.PUBLISH_GATE_CORPUS ? pathToFileURL(`${process.env.PUBLISH_GATE_CORPUS.replace(/\/$/, '')}/`) : undefined,
  new URL('../../../shared/corpus/', import.meta.url),
  new URL('../../../../shared/corpus/', import.meta.url),
].filter((url): url is URL => url !== undefined);
const corpus = candidates.find((url) => existsSync(url)) ?? candidates[0];
const present = existsSync(new URL('stripe.yaml', corpus)) && existsSync(new URL('github.json', corpus));
if (!present) console.warn('SKIPPED traffic-corpus tests: ../shared/corpus (stripe.yaml, github.json) is absent');

async function lintCorpusFile(name: string): Promise<Finding[]> {
  return lintCase({ name, files: { [name]: readFileSync(new URL(name, corpus), 'utf8') } });
}

const blocking = (finding: Finding): boolean => finding.severity === 'error' || finding.severity === 'warn';

describe.skipIf(!present)('traffic rules on the public corpus', () => {
  it('Stripe (limit + starting_after, list objects with has_more) is never reported for a missing cursor', async () => {
    const findings = await lintCorpusFile('stripe.yaml');
    const pagination = findings.filter((finding) => finding.ruleId === 'pagination-list-operations' && blocking(finding));
    expect(pagination.filter((finding) => /no cursor/.test(finding.message)).map((finding) => finding.message)).toEqual([]);
    // `limit` says "between 1 and 100" in prose: a hint, not an error.
    const accounts = findings.find((finding) => finding.ruleId === 'pagination-list-operations' && finding.message.startsWith('GET /v1/accounts:'));
    expect(accounts?.severity).toBe('hint');
  }, 120_000);

  it('GitHub (per_page + page, Link header) is not reported where it paginates; one error model', async () => {
    const findings = await lintCorpusFile('github.json');
    const document = JSON.parse(readFileSync(new URL('github.json', corpus), 'utf8')) as { paths: Record<string, Record<string, { parameters?: Array<{ $ref?: string }> }>> };
    const paginated = new Set<string>();
    for (const [pathKey, item] of Object.entries(document.paths)) {
      const refs = (item.get?.parameters ?? []).map((parameter) => parameter.$ref ?? '');
      if (refs.includes('#/components/parameters/per-page') && refs.includes('#/components/parameters/page')) paginated.add(`GET ${pathKey}`);
    }
    expect(paginated.size).toBeGreaterThan(100);
    const wrong = findings.filter(
      (finding) => finding.ruleId === 'pagination-list-operations' && blocking(finding) && [...paginated].some((label) => finding.message.startsWith(`${label} `) || finding.message.startsWith(`${label}:`)),
    );
    expect(wrong.map((finding) => finding.message)).toEqual([]);
    // basic-error, validation-error and scim-error share message/documentation_url: one model.
    expect(findings.filter((finding) => finding.ruleId === 'error-model-problem-json' && /error/.test(finding.pointer)).map((finding) => finding.pointer)).toEqual([]);
  }, 120_000);
});
