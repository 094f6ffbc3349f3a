/**
 * The GitHub Actions workflows: valid against the workflow schema (action-validator), and doing
 * what a reviewer would check — the PR check runs every command and always comments, the deploy
 * publishes only from main and only after the tests passed. No YAML library is installed: a
 * minimal reader below handles the block style these files use (mappings, `- ` sequences,
 * `|` scalars, inline values).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { REPO } from './helpers/fixtures.ts';

const WORKFLOWS = path.join(REPO, '.github/workflows');
const read = (name: string) => readFileSync(path.join(WORKFLOWS, name), 'utf8');
const scratch = mkdtempSync(path.join(tmpdir(), 'workflows-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function validate(file: string) {
  const run = spawnSync(process.execPath, ['node_modules/.bin/action-validator', file], {
    cwd: REPO,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: run.status, out: `${run.stdout}${run.stderr}` };
}

// ---- a minimal YAML block reader ----

interface Node {
  /** The text after `key:` on the key's own line ('' when the value is a nested block). */
  inline: string;
  /** The nested lines. */
  body: string[];
}

const indentOf = (line: string) => line.length - line.trimStart().length;
const isContent = (line: string) => line.trim() !== '' && !line.trimStart().startsWith('#');
const unquote = (s: string) => s.replace(/^(['"])(.*)\1$/, '$2');

/** The keys of a block mapping, each with its inline value and nested lines. */
function mapping(lines: readonly string[]): Map<string, Node> {
  const map = new Map<string, Node>();
  const first = lines.find(isContent);
  if (first === undefined) return map;
  const indent = indentOf(first);
  let current: Node | undefined;
  for (const line of lines) {
    const match = /^\s*([^\s:#][^:]*?):(?:\s+(.*))?$/.exec(line);
    if (isContent(line) && indentOf(line) === indent && match) {
      current = { inline: unquote((match[2] ?? '').trim()), body: [] };
      map.set(unquote(match[1] ?? ''), current);
    } else current?.body.push(line);
  }
  return map;
}

/** The items of a block sequence, each rewritten as a mapping (`- a: 1` → `  a: 1`). */
function sequence(lines: readonly string[]): string[][] {
  const first = lines.find(isContent);
  if (first === undefined) return [];
  const indent = indentOf(first);
  const items: string[][] = [];
  for (const line of lines) {
    if (isContent(line) && indentOf(line) === indent && line.trimStart().startsWith('- '))
      items.push([`${' '.repeat(indent)}  ${line.trimStart().slice(2)}`]);
    else items.at(-1)?.push(line);
  }
  return items;
}

/** Follow a key path from a document (or a block's lines); undefined if any key is missing. */
function at(doc: string | readonly string[], ...keys: string[]): Node | undefined {
  let node: Node | undefined = {
    inline: '',
    body: typeof doc === 'string' ? doc.split('\n') : [...doc],
  };
  for (const key of keys) node = node && mapping(node.body).get(key);
  return node;
}

/** A scalar: the inline value, or a `|` block's text with its indentation removed. */
function text(node: Node | undefined): string {
  if (!node) return '';
  if (node.inline !== '|' && node.inline !== '>') return node.inline;
  const indent = Math.min(...node.body.filter(isContent).map(indentOf));
  return node.body
    .map((l) => l.slice(indent))
    .join('\n')
    .trim();
}

interface Step {
  name: string;
  id: string;
  uses: string;
  run: string;
  if: string;
  continueOnError: string;
  lines: string[];
}

function steps(doc: string, job: string): Step[] {
  return sequence(at(doc, 'jobs', job, 'steps')?.body ?? []).map((lines) => ({
    name: text(at(lines, 'name')),
    id: text(at(lines, 'id')),
    uses: text(at(lines, 'uses')),
    run: text(at(lines, 'run')),
    if: text(at(lines, 'if')),
    continueOnError: text(at(lines, 'continue-on-error')),
    lines,
  }));
}

const jobNames = (doc: string) => [...mapping(at(doc, 'jobs')?.body ?? []).keys()];
const indexOf = (list: Step[], test: (s: Step) => boolean) => list.findIndex(test);

// ---- the tests ----

describe('workflow files pass action-validator', () => {
  for (const name of ['pr.yml', 'deploy.yml'])
    it(`${name} is a valid workflow`, () => {
      const r = validate(path.join(WORKFLOWS, name));
      expect(r.out).toBe('');
      expect(r.code).toBe(0);
    });

  it('the validator rejects a broken workflow (so the checks above can fail)', () => {
    const broken = path.join(scratch, 'broken.yml');
    // runs-on misspelt, and a step that both uses an action and runs a command.
    writeFileSync(
      broken,
      read('pr.yml')
        .replace('runs-on: ubuntu-latest', 'runs_on: ubuntu-latest')
        .replace(
          '        uses: actions/checkout@v4\n',
          '        uses: actions/checkout@v4\n        run: ls\n',
        ),
    );
    const r = validate(broken);
    expect(r.code).not.toBe(0);
    expect(r.out).toContain('runs-on');
  });

  it('the minimal YAML reader reads what the assertions below rely on', () => {
    const doc = 'a:\n  b: 1\n  c: |\n    x\n    # y\n  d:\n    - e: 2\n      f: 3\n    - g: "4"\n';
    expect(text(at(doc, 'a', 'b'))).toBe('1');
    expect(text(at(doc, 'a', 'c'))).toBe('x\n# y');
    const items = sequence(at(doc, 'a', 'd')?.body ?? []);
    expect(items.map((i) => [...mapping(i).keys()])).toEqual([['e', 'f'], ['g']]);
    expect(text(at(items[1] ?? [], 'g'))).toBe('4');
  });
});

describe('pr.yml: the pull-request check', () => {
  const doc = read('pr.yml');
  const list = steps(doc, 'check');

  it('runs on pull requests with read access to the code and write access to PR comments', () => {
    expect([...mapping(at(doc, 'on')?.body ?? []).keys()]).toEqual(['pull_request']);
    expect(text(at(doc, 'permissions', 'contents'))).toBe('read');
    expect(text(at(doc, 'permissions', 'pull-requests'))).toBe('write');
    expect(jobNames(doc)).toEqual(['check']);
  });

  it('installs like .ci/run: apt packages, full-history checkout, Node 24 with the npm cache', () => {
    const apt = list.find((s) => s.run.includes('apt-get install'));
    expect(apt?.run).toMatch(/chromium fonts-noto-cjk poppler-utils/);
    const checkout = list.find((s) => s.uses.startsWith('actions/checkout@'));
    expect(text(at(checkout?.lines ?? [], 'with', 'fetch-depth'))).toBe('0');
    const node = list.find((s) => s.uses.startsWith('actions/setup-node@'));
    expect(text(at(node?.lines ?? [], 'with', 'node-version'))).toBe('24');
    expect(text(at(node?.lines ?? [], 'with', 'cache'))).toBe('npm');
    expect(list.some((s) => /^npm ci\b/.test(s.run))).toBe(true);
  });

  it('runs check:data, data:diff against the base branch, npm test and the build, in order', () => {
    const check = indexOf(list, (s) => /npm run (--silent )?check:data/.test(s.run));
    const diff = indexOf(list, (s) => /npm run (--silent )?data:diff -- --base /.test(s.run));
    const test = indexOf(list, (s) => /^npm test$/.test(s.run));
    const build = indexOf(list, (s) => /^npm run build$/.test(s.run));
    const install = indexOf(list, (s) => /^npm ci\b/.test(s.run));
    const audit = indexOf(list, (s) => s.run === 'npm run audit');
    expect([install, audit, check, diff, test, build].every((i) => i >= 0)).toBe(true);
    expect(install < audit && audit < check).toBe(true);
    expect(install < check && check < diff && diff < test && test < build).toBe(true);
    const d = list[diff] as Step;
    expect(d.run).toContain('--base "origin/$BASE_REF" --head HEAD');
    expect(text(at(d.lines, 'env', 'BASE_REF'))).toBe('${{ github.base_ref }}');
    // Both outputs are captured for the comment.
    expect(list[check]?.run).toMatch(/2>&1 \| tee "\$RUNNER_TEMP\/check-data\.txt"/);
    expect(d.run).toMatch(/> "\$RUNNER_TEMP\/data-diff\.md"$/);
    // With pipefail (shell: bash), a failed check fails its step, and so the job.
    expect(text(at(doc, 'jobs', 'check', 'defaults', 'run', 'shell'))).toBe('bash');
    for (const i of [audit, check, test, build]) {
      expect(list[i]?.continueOnError).toBe('');
      expect(list[i]?.if).toBe('');
    }
  });

  it('posts or updates one marked comment, always, as the last step', () => {
    const comment = list.at(-1) as Step;
    expect(comment.uses).toBe('actions/github-script@v7');
    expect(comment.if).toBe('always()');
    const script = text(at(comment.lines, 'with', 'script'));
    expect(script).toContain("const MARKER = '<!-- plan-data-check -->';");
    expect(script).toContain('updateComment');
    expect(script).toContain('createComment');
  });

  it('pins every action to a major version', () => {
    const uses = [...doc.matchAll(/uses: (\S+)/g)].map((m) => m[1]);
    expect(uses.length).toBeGreaterThan(0);
    for (const u of uses) expect(u).toMatch(/^actions\/[\w-]+@v\d+$/);
  });

  describe('the comment script', () => {
    const comment = list.at(-1) as Step;
    const script = text(at(comment.lines, 'with', 'script'));
    type Fn = (...args: unknown[]) => Promise<unknown>;
    const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (
      ...args: string[]
    ) => Fn;
    const run = new AsyncFunction('github', 'context', 'core', 'require', 'process', script);

    async function runScript(outcomes: Record<string, string>, existing: unknown[] = []) {
      const temp = mkdtempSync(path.join(scratch, 'run-'));
      writeFileSync(
        path.join(temp, 'check-data.txt'),
        'data/observations.csv:4:5（第 4 行，E 列，as_of）\n  问题：截至日期早于数据所属年份。\n',
      );
      writeFileSync(path.join(temp, 'data-diff.md'), '## 数据改动\n\n- I01 2026 年：3600');
      const calls: Array<[string, Record<string, unknown>]> = [];
      const rest = {
        listComments: () => undefined,
        createComment: async (a: Record<string, unknown>) => calls.push(['create', a]),
        updateComment: async (a: Record<string, unknown>) => calls.push(['update', a]),
      };
      const github = { rest: { issues: rest }, paginate: async () => existing };
      const context = {
        repo: { owner: 'tjmpa', repo: 'plan' },
        issue: { number: 7 },
        serverUrl: 'https://github.com',
        runId: 42,
      };
      const summaries: string[] = [];
      const core = {
        summary: { addRaw: (s: string) => (summaries.push(s), { write: async () => {} }) },
        warning: () => {},
      };
      const env = { RUNNER_TEMP: temp, CHECK: '', DIFF: '', TEST: '', BUILD: '', ...outcomes };
      await run(github, context, core, createRequire(import.meta.url), { env });
      return { calls, summaries };
    }

    it('shows the check errors in a code block with what to do, on a new comment', async () => {
      const { calls, summaries } = await runScript({ CHECK: 'failure', TEST: 'skipped' });
      expect(calls).toHaveLength(1);
      const [kind, args] = calls[0] as [string, { body: string; issue_number: number }];
      expect(kind).toBe('create');
      expect(args.issue_number).toBe(7);
      expect(args.body.startsWith('<!-- plan-data-check -->\n')).toBe(true);
      expect(args.body).toContain('数据检查未通过');
      expect(args.body).toContain('改法');
      expect(args.body).toMatch(/```text\ndata\/observations\.csv:4:5（第 4 行/);
      expect(summaries).toEqual([args.body]);
    });

    it('shows the data:diff Markdown when valid, updating the marked bot comment', async () => {
      const existing = [
        { id: 1, user: { type: 'User' }, body: 'looks good <!-- plan-data-check -->' },
        { id: 2, user: { type: 'Bot' }, body: 'other bot' },
        { id: 3, user: { type: 'Bot' }, body: '<!-- plan-data-check -->\nold' },
      ];
      const env = { CHECK: 'success', DIFF: 'success', TEST: 'success', BUILD: 'success' };
      const { calls } = await runScript(env, existing);
      expect(calls.map(([k, a]) => [k, a.comment_id])).toEqual([['update', 3]]);
      const body = (calls[0]?.[1] as { body: string }).body;
      expect(body).toContain('数据检查通过');
      expect(body).toContain('## 数据改动\n\n- I01 2026 年：3600');
      expect(body).not.toContain('```');
      expect(body).not.toContain('程序问题');
    });

    it('says so when the data is valid but the tests failed, and stays quiet when cancelled', async () => {
      const failed = await runScript({ CHECK: 'success', DIFF: 'success', TEST: 'failure' });
      expect((failed.calls[0]?.[1] as { body: string }).body).toContain('自动测试或网站生成失败');
      const cancelled = await runScript({ CHECK: 'success', TEST: 'cancelled' });
      expect(cancelled.calls).toEqual([]);
    });
  });
});

describe('deploy.yml: publishing to GitHub Pages', () => {
  const doc = read('deploy.yml');
  const jobs = jobNames(doc);
  const deployJob = jobs.find((j) =>
    steps(doc, j).some((s) => s.uses.startsWith('actions/deploy-pages@')),
  ) as string;
  const buildJob = text(at(doc, 'jobs', deployJob, 'needs'));
  const build = steps(doc, buildJob);

  it('runs on a push to main (or by hand), never on pull requests, one deploy at a time', () => {
    const on = mapping(at(doc, 'on')?.body ?? []);
    expect([...on.keys()].sort()).toEqual(['push', 'workflow_dispatch']);
    expect(text(at(doc, 'on', 'push', 'branches'))).toBe('[main]');
    expect(text(at(doc, 'concurrency', 'group'))).toBe('pages');
    expect(text(at(doc, 'concurrency', 'cancel-in-progress'))).toBe('false');
  });

  it('deploys only from a job that needs the build-and-test job, from main only', () => {
    expect(deployJob).toBe('deploy');
    expect(buildJob).toBe('build');
    expect(text(at(doc, 'jobs', deployJob, 'if'))).toBe("github.ref == 'refs/heads/main'");
    expect(text(at(doc, 'jobs', deployJob, 'environment', 'name'))).toBe('github-pages');
    expect(text(at(doc, 'jobs', deployJob, 'permissions', 'pages'))).toBe('write');
    expect(text(at(doc, 'jobs', deployJob, 'permissions', 'id-token'))).toBe('write');
    expect(steps(doc, deployJob).map((s) => s.uses)).toEqual(['actions/deploy-pages@v4']);
    // Only the deploy job may write to Pages.
    expect(text(at(doc, 'permissions', 'contents'))).toBe('read');
    expect(at(doc, 'permissions', 'pages')).toBeUndefined();
  });

  it('the build job installs from the lockfile, audits, tests, then builds with SITE_URL/BASE_PATH, then uploads; no step may fail quietly', () => {
    const install = indexOf(build, (s) => /^npm ci\b/.test(s.run));
    const audit = indexOf(build, (s) => s.run === 'npm run audit');
    const test = indexOf(build, (s) => s.run === 'npm test');
    const site = indexOf(build, (s) => s.run === 'npm run build');
    // Installed exactly from the lockfile, and audited, before anything is tested or built.
    expect(install >= 0 && install < audit && audit < test).toBe(true);
    const upload = indexOf(build, (s) => s.uses === 'actions/upload-pages-artifact@v3');
    expect(test >= 0 && test < site && site < upload).toBe(true);
    expect(text(at(build[upload]?.lines ?? [], 'with', 'path'))).toBe('dist');
    const env = at(build[site]?.lines ?? [], 'env');
    expect(text(at(env?.body ?? [], 'SITE_URL'))).toMatch(
      /^\$\{\{ steps\.\w+\.outputs\.site_url \}\}$/,
    );
    expect(text(at(env?.body ?? [], 'BASE_PATH'))).toMatch(
      /^\$\{\{ steps\.\w+\.outputs\.base_path \}\}$/,
    );
    for (const s of build) {
      expect(s.continueOnError, s.name).toBe('');
      expect(s.if, s.name).toBe('');
    }
    const checkout = build.find((s) => s.uses.startsWith('actions/checkout@'));
    expect(text(at(checkout?.lines ?? [], 'with', 'fetch-depth'))).toBe('0');
  });

  it('works out SITE_URL and BASE_PATH: project page, user page, repository variables', () => {
    const step = build.find((s) => s.id === 'address') as Step;
    expect(text(at(step.lines, 'env', 'VARS_SITE_URL'))).toBe('${{ vars.SITE_URL }}');
    expect(text(at(step.lines, 'env', 'VARS_BASE_PATH'))).toBe('${{ vars.BASE_PATH }}');
    const address = (repo: string, vars: Record<string, string> = {}) => {
      const out = path.join(scratch, 'github-output');
      writeFileSync(out, '');
      const [owner = ''] = repo.split('/');
      const r = spawnSync('bash', ['-e', '-c', step.run], {
        env: {
          PATH: process.env.PATH,
          GITHUB_REPOSITORY: repo,
          GITHUB_REPOSITORY_OWNER: owner,
          GITHUB_OUTPUT: out,
          ...vars,
        },
        encoding: 'utf8',
      });
      expect(r.status).toBe(0);
      return readFileSync(out, 'utf8');
    };
    expect(address('TJMPA/plan-tracker')).toBe(
      'site_url=https://tjmpa.github.io/plan-tracker/\nbase_path=/plan-tracker/\n',
    );
    expect(address('tjmpa/tjmpa.github.io')).toBe(
      'site_url=https://tjmpa.github.io/\nbase_path=/\n',
    );
    expect(
      address('tjmpa/plan-tracker', {
        VARS_SITE_URL: 'https://plan.example.gov.cn',
        VARS_BASE_PATH: '/',
      }),
    ).toBe('site_url=https://plan.example.gov.cn/\nbase_path=/\n');
  });

  it('pins every action to a major version', () => {
    for (const [, u] of doc.matchAll(/uses: (\S+)/g)) expect(u).toMatch(/^actions\/[\w-]+@v\d+$/);
  });
});
