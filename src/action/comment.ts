import * as core from '@actions/core';
import type { getOctokit } from '@actions/github';

export const COMMENT_MARKER = '<!-- publish-gate -->';
/** GitHub rejects issue comments longer than 65,536 characters. */
export const COMMENT_MAX = 65_536;

type Octokit = ReturnType<typeof getOctokit>;

export interface CommentTarget {
  owner: string;
  repo: string;
  issueNumber: number;
}

/**
 * Creates the sticky comment, or updates the one that carries the marker. Never throws: a token that cannot
 * write (fork pull requests, read-only permissions) or any API failure is a warning, not a failed gate.
 */
export async function upsertComment(octokit: Octokit, target: CommentTarget, body: string): Promise<'created' | 'updated' | 'skipped'> {
  try {
    const comments = await octokit.paginate(octokit.rest.issues.listComments, {
      owner: target.owner,
      repo: target.repo,
      issue_number: target.issueNumber,
      per_page: 100,
    });
    // Ours starts with the marker; a bot comment that carries it elsewhere (an older layout) is taken over too.
    const existing =
      comments.find((comment) => typeof comment.body === 'string' && comment.body.startsWith(COMMENT_MARKER)) ??
      comments.find((comment) => typeof comment.body === 'string' && comment.body.includes(COMMENT_MARKER) && comment.user?.type === 'Bot');
    if (existing) {
      await octokit.rest.issues.updateComment({ owner: target.owner, repo: target.repo, comment_id: existing.id, body });
      core.info(`publish-gate: updated the pull request comment ${existing.html_url ?? existing.id}`);
      return 'updated';
    }
    const created = await octokit.rest.issues.createComment({ owner: target.owner, repo: target.repo, issue_number: target.issueNumber, body });
    core.info(`publish-gate: commented on the pull request ${created.data.html_url ?? ''}`.trimEnd());
    return 'created';
  } catch (error) {
    const status = (error as { status?: number }).status;
    const why =
      status === 403 || status === 404
        ? 'the token cannot write to this pull request (a fork pull request, or the workflow lacks `permissions: pull-requests: write`)'
        : `the GitHub API answered: ${(error as Error).message?.split('\n')[0] ?? String(error)}`;
    core.warning(`publish-gate: the pull request comment was not written: ${why}. The job summary and the annotations have the full result.`);
    return 'skipped';
  }
}
