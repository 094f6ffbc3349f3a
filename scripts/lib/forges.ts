/**
 * Posting the steward's comment on the Git server the agency uses. Each server is a driver: how to
 * tell it is the one running this CI job (its environment variables), and its comment API — list
 * the pull request's comments, find ours by its marker, update it, or create it. Nothing else of
 * the CI logic is server-specific: the workflow files only run npm scripts.
 *
 * - GitHub Actions: REST v3, `Authorization: Bearer $GITHUB_TOKEN`.
 * - Gitea / Forgejo Actions: the same workflow syntax; API v1 under `<server>/api/v1`,
 *   `Authorization: token $GITHUB_TOKEN` (both set the variable for the job).
 * - GitLab CI (also 极狐GitLab): merge-request notes, `PRIVATE-TOKEN: $PLAN_BOT_TOKEN` (a project
 *   access token with the `api` scope, stored as a masked CI/CD variable).
 */
import { readFileSync } from 'node:fs';
import { COMMENT_MARKER } from '../../src/lib/ci/pr-comment.ts';

export type Env = Record<string, string | undefined>;
type Fetch = typeof fetch;

export interface Forge {
  name: 'github' | 'gitea' | 'gitlab';
  /** The CI run's page, for the comment's footer. */
  logUrl: string | undefined;
  /** Post the comment or update the one posted before. Returns what was done. */
  post(body: string, fetchImpl?: Fetch): Promise<'created' | 'updated'>;
}

class ForgeError extends Error {}

async function call(
  fetchImpl: Fetch,
  url: string,
  init: { method?: string; headers: Record<string, string>; body?: unknown },
): Promise<unknown> {
  const res = await fetchImpl(url, {
    method: init.method ?? 'GET',
    headers: { 'content-type': 'application/json', ...init.headers },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  if (!res.ok) throw new ForgeError(`${init.method ?? 'GET'} ${url}: HTTP ${res.status}`);
  return res.json();
}

interface Comment {
  id: number;
  body?: string | null;
}

/** Page through a list endpoint until a page comes back short. */
async function findMarked(
  fetchImpl: Fetch,
  pageUrl: (page: number) => string,
  headers: Record<string, string>,
  perPage: number,
): Promise<Comment | undefined> {
  for (let page = 1; page <= 100; page++) {
    const list = (await call(fetchImpl, pageUrl(page), { headers })) as Comment[];
    const mine = list.find((c) => (c.body ?? '').includes(COMMENT_MARKER));
    if (mine) return mine;
    if (list.length < perPage) return undefined;
  }
  return undefined;
}

function need(env: Env, ...names: string[]): string {
  for (const n of names) if (env[n]) return env[n] as string;
  throw new ForgeError(
    `环境变量 ${names.join(' 或 ')} 没有设置 (en: ${names.join(' or ')} not set)`,
  );
}

/** The pull request's number, from the event file GitHub and Gitea write for the job. */
function prNumber(env: Env): number {
  const file = need(env, 'GITHUB_EVENT_PATH');
  const event = JSON.parse(readFileSync(file, 'utf8')) as {
    number?: number;
    pull_request?: { number?: number };
  };
  const n = event.pull_request?.number ?? event.number;
  if (!n)
    throw new ForgeError(
      '这次运行不是由合并请求触发的，无法发表评论 (en: not a pull request event)',
    );
  return n;
}

function githubLike(env: Env, kind: 'github' | 'gitea'): Forge {
  const server = (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/$/, '');
  const repo = env.GITHUB_REPOSITORY ?? '';
  const api =
    kind === 'github'
      ? (env.GITHUB_API_URL ?? 'https://api.github.com')
      : env.GITHUB_API_URL?.endsWith('/api/v1')
        ? env.GITHUB_API_URL
        : `${server}/api/v1`;
  const runId =
    kind === 'github' ? env.GITHUB_RUN_ID : (env.GITHUB_RUN_NUMBER ?? env.GITHUB_RUN_ID);
  return {
    name: kind,
    logUrl: repo && runId ? `${server}/${repo}/actions/runs/${runId}` : undefined,
    async post(body, fetchImpl = fetch) {
      const token = need(env, 'PLAN_BOT_TOKEN', 'GITHUB_TOKEN', 'GITEA_TOKEN');
      const headers =
        kind === 'github'
          ? { authorization: `Bearer ${token}`, accept: 'application/vnd.github+json' }
          : { authorization: `token ${token}`, accept: 'application/json' };
      const n = prNumber(env);
      const base = `${api}/repos/${need(env, 'GITHUB_REPOSITORY')}/issues`;
      const per = kind === 'github' ? 100 : 50;
      const query = (p: number) =>
        kind === 'github' ? `per_page=${per}&page=${p}` : `limit=${per}&page=${p}`;
      const mine = await findMarked(
        fetchImpl,
        (p) => `${base}/${n}/comments?${query(p)}`,
        headers,
        per,
      );
      if (mine) {
        await call(fetchImpl, `${base}/comments/${mine.id}`, {
          method: 'PATCH',
          headers,
          body: { body },
        });
        return 'updated';
      }
      await call(fetchImpl, `${base}/${n}/comments`, { method: 'POST', headers, body: { body } });
      return 'created';
    },
  };
}

function gitlab(env: Env): Forge {
  return {
    name: 'gitlab',
    logUrl: env.CI_JOB_URL ?? env.CI_PIPELINE_URL,
    async post(body, fetchImpl = fetch) {
      const headers = { 'private-token': need(env, 'PLAN_BOT_TOKEN') };
      const api = need(env, 'CI_API_V4_URL');
      const project = encodeURIComponent(need(env, 'CI_PROJECT_ID'));
      const iid = need(env, 'CI_MERGE_REQUEST_IID');
      const notes = `${api}/projects/${project}/merge_requests/${iid}/notes`;
      const mine = await findMarked(
        fetchImpl,
        (p) => `${notes}?per_page=100&page=${p}&sort=asc&order_by=created_at`,
        headers,
        100,
      );
      if (mine) {
        await call(fetchImpl, `${notes}/${mine.id}`, { method: 'PUT', headers, body: { body } });
        return 'updated';
      }
      await call(fetchImpl, notes, { method: 'POST', headers, body: { body } });
      return 'created';
    },
  };
}

/** The Git server running this job, or null (a developer's machine: nothing to post to). */
export function detectForge(env: Env): Forge | null {
  if (env.GITLAB_CI === 'true') return gitlab(env);
  if (env.GITEA_ACTIONS === 'true' || env.FORGEJO_ACTIONS === 'true')
    return githubLike(env, 'gitea');
  if (env.GITHUB_ACTIONS === 'true') return githubLike(env, 'github');
  return null;
}

export { ForgeError };
