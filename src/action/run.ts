import os from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import * as github from '@actions/github';
import { loadConfig } from '../config/config.js';
import { lint, type LintOptions } from '../engine/lint.js';
import { UsageError } from '../errors.js';
import { formatGithub } from '../report/github.js';
import { formatMarkdown } from '../report/markdown.js';
import { writeReportFile } from '../report/write-file.js';
import type { Report } from '../types.js';
import { COMMENT_MARKER, COMMENT_MAX, upsertComment } from './comment.js';
import { isPullRequest, readInputs } from './inputs.js';
import { resolvePolicyFrom } from './policy-from.js';

/** Outputs hold at most 1 MiB per job; a report larger than this is cut (the full one is in `report-file`). */
const REPORT_OUTPUT_MAX = 512 * 1024;

/**
 * The GitHub Action: lint the workspace with the library, then annotate, summarise, write SARIF and comment.
 * The step fails when the gate fails and whenever the tool itself cannot do its job.
 */
export async function runAction(): Promise<void> {
  const token = core.getInput('github-token');
  if (token) core.setSecret(token);
  try {
    await gate();
  } catch (error) {
    const message = error instanceof UsageError || error instanceof Error ? error.message.split('\n')[0] : String(error);
    if (!(error instanceof UsageError) && error instanceof Error && error.stack) core.debug(error.stack);
    core.setOutput('result', 'error');
    core.setFailed(`publish-gate could not run: ${message}`);
    await commentError(message, token);
  }
}

/**
 * A sticky comment that still says "passed" from an earlier run must not outlive a run that could not
 * decide: on pull requests it is replaced by the cause (best effort; failures are warnings).
 */
async function commentError(message: string, token: string): Promise<void> {
  try {
    const { context } = github;
    const number = (context.payload.pull_request as { number?: number } | undefined)?.number;
    const repository = repositoryName();
    const wanted = core.getInput('comment').toLowerCase();
    if (!isPullRequest(context.eventName) || !number || !repository.includes('/') || ['false', 'no', 'off', '0'].includes(wanted)) return;
    const auth = token || process.env.GITHUB_TOKEN;
    if (!auth) return;
    const [owner, repo] = repository.split('/');
    const body = `${COMMENT_MARKER}\n## ⚠️ publish-gate could not run\n\n${message.replace(/[<>@]/g, (char) => `&#${char.charCodeAt(0)};`)}\n\nThe gate has no result for this commit, so the check fails until this is fixed.\n`;
    await upsertComment(github.getOctokit(auth), { owner, repo, issueNumber: number }, body);
  } catch (error) {
    core.warning(`publish-gate: could not report the error on the pull request: ${(error as Error).message}`);
  }
}

async function gate(): Promise<void> {
  const { context } = github;
  const inputs = readInputs(context.eventName, context.payload);
  const workspace = path.resolve(process.env.GITHUB_WORKSPACE || process.cwd());

  const policyFrom = resolvePolicyFrom(workspace, inputs.policyFrom, inputs.policyFromExplicit);
  // With policyFrom, lint() reads the config from that revision itself, so no working-tree config is passed.
  // Worker threads as in the CLI (dist/worker.js beside the bundle); `jobs` unset: the CLI's default.
  const options: LintOptions = {
    jobs: inputs.jobs,
    cwd: workspace,
    paths: inputs.paths,
    configPath: inputs.config,
    rulesets: inputs.rulesets,
    failOn: inputs.failOn,
    now: inputs.now,
  };
  if (!policyFrom) {
    options.config = loadConfig(workspace, inputs.config);
    if (inputs.exceptions) options.config.exceptions = inputs.exceptions;
  }
  if (inputs.exceptions) options.exceptionsPath = inputs.exceptions;
  if (policyFrom) options.policyFrom = policyFrom;
  const { report, failOn } = await lint(options);

  const server = (process.env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  const repository = repositoryName();
  const pullRequest = context.payload.pull_request as { number?: number; head?: { sha?: string } } | undefined;
  const headSha = pullRequest?.head?.sha || process.env.GITHUB_SHA || '';
  const linkBase = repository && headSha ? `${server}/${repository}/blob/${headSha}/` : undefined;
  const actionRepository = process.env.GITHUB_ACTION_REPOSITORY;
  const actionRef = process.env.GITHUB_ACTION_REF;
  const docsBaseUrl = actionRepository && actionRef ? `${server}/${actionRepository}/blob/${actionRef}/` : undefined;
  const runUrl = repository && process.env.GITHUB_RUN_ID ? `${server}/${repository}/actions/runs/${process.env.GITHUB_RUN_ID}` : undefined;

  // Annotations. A failing step adds one more error annotation of its own (setFailed), so one fewer here.
  // Warnings of this step's own (policy-from fallback, an unwritable comment) share GitHub's 10 as well.
  const ownWarnings = (inputs.policyFrom && !policyFrom ? 1 : 0) + (isPullRequest(context.eventName) && inputs.comment ? 1 : 0);
  process.stdout.write(formatGithub(report, { maxErrors: report.result === 'fail' ? 9 : 10, maxWarnings: 10 - ownWarnings }));

  if (inputs.sarifFile) {
    writeReportFile(path.resolve(workspace, inputs.sarifFile), inputs.sarifFile, report, 'sarif', { color: false, quiet: false, docsBaseUrl });
    core.info(`publish-gate: SARIF written to ${inputs.sarifFile}`);
  }
  const reportFile = path.resolve(process.env.RUNNER_TEMP || os.tmpdir(), 'publish-gate-report.json');
  writeReportFile(reportFile, 'publish-gate-report.json', report, 'json', { color: false, quiet: false });

  if (process.env.GITHUB_STEP_SUMMARY) {
    await core.summary.addRaw(formatMarkdown(report, { failOn, linkBase, docsBaseUrl })).write();
  }

  if (isPullRequest(context.eventName) && inputs.comment && pullRequest?.number) {
    if (!inputs.token) {
      core.warning('publish-gate: no github-token, so no pull request comment was written.');
    } else {
      const [owner, repo] = repository.split('/');
      const body = formatMarkdown(report, {
        failOn,
        linkBase,
        docsBaseUrl,
        preamble: COMMENT_MARKER,
        maxBytes: COMMENT_MAX - 4_096,
        fullReportUrl: runUrl,
      });
      await upsertComment(github.getOctokit(inputs.token), { owner, repo, issueNumber: pullRequest.number }, body);
    }
  }

  core.setOutput('result', report.result);
  core.setOutput('errors', report.summary.error);
  core.setOutput('warnings', report.summary.warn);
  core.setOutput('waived', report.summary.waived);
  core.setOutput('sarif-file', inputs.sarifFile ?? '');
  core.setOutput('report-json', reportOutput(report));
  core.setOutput('report-file', reportFile);

  if (report.result === 'fail') {
    const failing = report.findings.filter((finding) => !finding.waivedBy).length;
    core.setFailed(`publish-gate failed: unwaived findings at or above "${failOn}" (${report.summary.error} error(s), ${report.summary.warn} warning(s); ${failing} unwaived finding(s) in all)`);
  } else {
    core.info('publish-gate passed');
  }
}

/** `owner/name`: GITHUB_REPOSITORY, else the event's repository; empty when neither is known. */
function repositoryName(): string {
  try {
    const { owner, repo } = github.context.repo;
    return `${owner}/${repo}`;
  } catch {
    return '';
  }
}

/** The JSON report on one line; when too large for an output, its findings are cut and `truncated` says so. */
function reportOutput(report: Report): string {
  const full = JSON.stringify(report);
  if (Buffer.byteLength(full) <= REPORT_OUTPUT_MAX) return full;
  const findings = [...report.findings];
  let kept = findings.length;
  let text = full;
  while (Buffer.byteLength(text) > REPORT_OUTPUT_MAX && kept > 0) {
    kept = Math.floor(kept / 2);
    text = JSON.stringify({ ...report, findings: findings.slice(0, kept), truncated: { findingsOmitted: findings.length - kept } });
  }
  return text;
}
