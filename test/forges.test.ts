/**
 * The Git-server adapters, each against a fake of its comment API (test/helpers/fake-forge.ts):
 * GitHub Actions, Gitea/Forgejo Actions and GitLab CI. The steward gets one comment per pull
 * request, created once and then updated; our comment is found among many; pr:check posts the
 * data verdict through the adapter of the server it runs on.
 */
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { detectForge, type Env } from '../scripts/lib/forges.ts';
import { COMMENT_MARKER } from '../src/lib/ci/pr-comment.ts';
import { FIXTURES, REPO } from './helpers/fixtures.ts';
import { cleanEnv, commitAll, git } from './helpers/git.ts';
import { startFakeForge, type FakeForge } from './helpers/fake-forge.ts';

const scratch = mkdtempSync(path.join(tmpdir(), 'plan-forges-'));
const event = path.join(scratch, 'event.json');
writeFileSync(event, JSON.stringify({ number: 7, pull_request: { number: 7 } }));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let fake: FakeForge;
afterEach(async () => fake?.close());

function envFor(kind: 'github' | 'gitea' | 'forgejo' | 'gitlab', url: string): Env {
  if (kind === 'gitlab')
    return {
      GITLAB_CI: 'true',
      CI_API_V4_URL: `${url}/api/v4`,
      CI_PROJECT_ID: '42',
      CI_MERGE_REQUEST_IID: '7',
      CI_JOB_URL: `${url}/tjmpa/plan/-/jobs/9`,
      PLAN_BOT_TOKEN: 'glpat-test',
    };
  const common = {
    GITHUB_ACTIONS: 'true',
    GITHUB_REPOSITORY: 'tjmpa/plan',
    GITHUB_EVENT_PATH: event,
    GITHUB_TOKEN: 'job-token',
    GITHUB_RUN_ID: '1234',
    GITHUB_RUN_NUMBER: '56',
    GITHUB_SERVER_URL: url,
  };
  if (kind === 'github') return { ...common, GITHUB_API_URL: url };
  return { ...common, [kind === 'gitea' ? 'GITEA_ACTIONS' : 'FORGEJO_ACTIONS']: 'true' };
}

const body = (text: string) => `${COMMENT_MARKER}\n${text}`;

describe.each([
  ['github', '/repos/tjmpa/plan/issues/7/comments', 'Bearer job-token', '/actions/runs/1234'],
  ['gitea', '/api/v1/repos/tjmpa/plan/issues/7/comments', 'token job-token', '/actions/runs/56'],
  ['forgejo', '/api/v1/repos/tjmpa/plan/issues/7/comments', 'token job-token', '/actions/runs/56'],
  ['gitlab', '/api/v4/projects/42/merge_requests/7/notes', 'glpat-test', '/-/jobs/9'],
] as const)('%s adapter', (kind, listPath, auth, log) => {
  it(`${kind}: creates one comment, then updates the same one; authenticated as the server expects`, async () => {
    fake = await startFakeForge(['一条别人的评论']);
    const forge = detectForge(envFor(kind, fake.url));
    expect(forge?.name).toBe(kind === 'forgejo' ? 'gitea' : kind);
    expect(forge?.logUrl).toBe(`${fake.url}/tjmpa/plan${log}`);
    expect(await forge?.post(body('第一次'))).toBe('created');
    expect(await forge?.post(body('第二次'))).toBe('updated');
    expect(fake.comments.map((c) => c.body)).toEqual(['一条别人的评论', body('第二次')]);
    expect(fake.requests.every((r) => r.auth === auth)).toBe(true);
    expect(fake.requests.filter((r) => r.method === 'POST').map((r) => r.path)).toEqual([listPath]);
  });

  it(`${kind}: finds our comment on a later page of a long thread`, async () => {
    const others = Array.from({ length: 130 }, (_, i) => `评论 ${i}`);
    fake = await startFakeForge([...others, body('旧的检查结果'), '之后的评论']);
    const forge = detectForge(envFor(kind, fake.url));
    expect(await forge?.post(body('新的检查结果'))).toBe('updated');
    expect(fake.comments.filter((c) => c.body.includes(COMMENT_MARKER))).toEqual([
      { id: 131, body: body('新的检查结果') },
    ]);
  });
});

describe('detectForge', () => {
  it('detectForge: nothing to post to on a developer machine; a missing token is a clear error', async () => {
    expect(detectForge({})).toBeNull();
    const forge = detectForge({ ...envFor('gitlab', 'http://127.0.0.1:9'), PLAN_BOT_TOKEN: '' });
    await expect(forge?.post('x')).rejects.toThrow('环境变量 PLAN_BOT_TOKEN 没有设置');
  });
});

describe('pr:check --post through the adapter of the server it runs on', () => {
  it('pr:check: posts the data verdict as a GitLab merge-request note, the errors of a broken change located', async () => {
    fake = await startFakeForge();
    const repo = path.join(scratch, 'repo');
    cpSync(path.join(FIXTURES, 'valid'), path.join(repo, 'data'), { recursive: true });
    git(repo, ['init', '-q']);
    commitAll(repo, 'base', '2026-11-01T10:00:00+08:00');
    writeFileSync(
      path.join(repo, 'data/observations.csv'),
      'measure_id,year,value,status,as_of,source_zh,source_url,note_zh\nT01,2026,三千,final,2027-02-01,测试,,\n',
    );
    commitAll(repo, 'broken', '2026-11-02T10:00:00+08:00');
    // Asynchronously: the fake server answers from this process, which must not block.
    const r = await new Promise<{ status: number | null; stderr: string }>((resolve) => {
      const child = spawn(
        process.execPath,
        [path.join(REPO, 'scripts/pr-check.ts'), '--base', 'HEAD~1', '--data-only', '--post'],
        { cwd: repo, env: cleanEnv(envFor('gitlab', fake.url) as Record<string, string>) },
      );
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      child.on('close', (status) => resolve({ status, stderr }));
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('评论已发表（gitlab）');
    expect(fake.comments).toHaveLength(1);
    const note = fake.comments[0]?.body ?? '';
    expect(note.startsWith(COMMENT_MARKER)).toBe(true);
    expect(note).toContain('### ❌ 数据检查未通过');
    expect(note).toContain('data/observations.csv:2:3（第 2 行，C 列，value）');
    expect(note).toContain(`[自动检查](${fake.url}/tjmpa/plan/-/jobs/9)`);
  });
});
