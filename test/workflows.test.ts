/**
 * The Git servers' CI files, thin adapters over npm scripts: GitHub Actions (.github/workflows),
 * Gitea/Forgejo Actions (.gitea/workflows, same syntax) and GitLab CI (.gitlab-ci.yml). Each file
 * is valid against its published schema (action-validator; gitlab-ci-local, which bundles GitLab's
 * own CI schema), and does what a reviewer would check: the steward gets the data verdict before
 * anything slow, every check runs, nothing deploys untested, and the logic stays in npm scripts.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { REPO } from './helpers/fixtures.ts';
import { commitAll, git } from './helpers/git.ts';

const scratch = mkdtempSync(path.join(tmpdir(), 'workflows-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface Step {
  name?: string;
  id?: string;
  uses?: string;
  run?: string;
  if?: string;
  env?: Record<string, string>;
  with?: Record<string, unknown>;
  'continue-on-error'?: boolean;
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  concurrency?: { group: string; 'cancel-in-progress': boolean };
  jobs: Record<
    string,
    { steps: Step[]; needs?: string; if?: string; permissions?: Record<string, string> }
  >;
}

const load = (file: string) => parse(readFileSync(path.join(REPO, file), 'utf8')) as Workflow;
const node = (args: string[], cwd = REPO) =>
  spawnSync(process.execPath, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });

function actionValidator(file: string) {
  const r = node(['node_modules/.bin/action-validator', file]);
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}

const ACTIONS_FILES = [
  '.github/workflows/pr.yml',
  '.github/workflows/deploy.yml',
  '.gitea/workflows/pr.yml',
  '.gitea/workflows/deploy.yml',
];

/** A run line an adapter may hold: npm scripts, and installing or wiring what they need. */
const ALLOWED_RUN =
  /^(npm (ci|test|run)\b|apt-get |git config |install |printf |if \[ |repo=|cat )/;
const runLines = (steps: Step[]) =>
  steps.flatMap((s) =>
    (s.run ?? '')
      .replace(/\\\n\s*/g, ' ')
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean),
  );

describe('Actions workflow files pass action-validator (GitHub; Gitea and Forgejo read the same syntax)', () => {
  it.each(ACTIONS_FILES)('%s is a valid workflow', (file) => {
    const r = actionValidator(file);
    expect(r.out).toBe('');
    expect(r.code).toBe(0);
  });

  it('the validator rejects a broken workflow (so the checks above can fail)', () => {
    const bad = path.join(scratch, 'bad.yml');
    writeFileSync(
      bad,
      'name: x\non: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    stepz: []\n',
    );
    expect(actionValidator(bad).code).not.toBe(0);
  });
});

describe.each(ACTIONS_FILES)('%s: charts kept between runs', (file) => {
  it('sets PLAN_CHART_CACHE for the job and restores that folder before anything builds', () => {
    const [job] = Object.values(load(file).jobs) as {
      env?: Record<string, string>;
      steps: Step[];
    }[];
    const folder = job?.env?.PLAN_CHART_CACHE;
    expect(folder).toBe('.cache/plan-charts');
    const steps = job?.steps ?? [];
    const restore = steps.findIndex((s) => s.uses === 'actions/cache@v4');
    expect(steps[restore]?.with).toEqual({
      path: folder,
      key: 'plan-charts-${{ github.run_id }}',
      'restore-keys': 'plan-charts-',
    });
    const firstNpm = steps.findIndex((s) => /^npm /.test(s.run ?? ''));
    expect(restore).toBeGreaterThan(-1);
    expect(restore).toBeLessThan(firstNpm);
  });
});

describe.each(['.github/workflows/pr.yml', '.gitea/workflows/pr.yml'])(
  '%s: the PR check',
  (file) => {
    const doc = load(file);
    const steps = doc.jobs.check?.steps ?? [];
    const at = (re: RegExp) => steps.findIndex((s) => re.test(s.run ?? ''));

    it('runs on pull requests, may write PR comments, and a newer push cancels the older run', () => {
      expect(Object.keys(doc.on)).toEqual(['pull_request']);
      expect(doc.permissions).toEqual({ contents: 'read', 'pull-requests': 'write' });
      expect(doc.concurrency?.['cancel-in-progress']).toBe(true);
    });

    it('posts the data verdict right after npm ci, before Chromium is installed, then the full check', () => {
      const install = at(/^npm ci\b/);
      const verdict = at(/pr:check -- --base "origin\/\$BASE_REF" --data-only --post/);
      const chromium = at(/apt-get install .*chromium/);
      const full = steps.findIndex(
        (s) =>
          /pr:check -- --base "origin\/\$BASE_REF" --post/.test(s.run ?? '') &&
          !/--data-only/.test(s.run ?? ''),
      );
      expect(install).toBeGreaterThan(-1);
      expect([install < verdict, verdict < chromium, chromium < full]).toEqual([true, true, true]);
      const checkout = steps.find((s) => s.uses?.startsWith('actions/checkout@'));
      expect(checkout?.with?.['fetch-depth']).toBe(0);
    });

    it('holds no CI logic of its own: every run line is an npm script or an install', () => {
      expect(runLines(steps).length).toBeGreaterThan(0);
      for (const line of runLines(steps)) expect(line).toMatch(ALLOWED_RUN);
      for (const s of steps) expect(s['continue-on-error'], s.name).toBeUndefined();
    });

    it('pins every action to a major version', () => {
      for (const s of steps.filter((x) => x.uses)) expect(s.uses).toMatch(/^actions\/[\w-]+@v\d+$/);
    });
  },
);

describe('.github/workflows/deploy.yml: publishing to GitHub Pages', () => {
  const doc = load('.github/workflows/deploy.yml');
  const build = doc.jobs.build?.steps ?? [];
  const at = (f: (s: Step) => boolean) => build.findIndex(f);

  it('runs on a push to main (or by hand), one deploy at a time, never cancelled', () => {
    expect(Object.keys(doc.on).sort()).toEqual(['push', 'workflow_dispatch']);
    expect(doc.on.push).toEqual({ branches: ['main'] });
    expect(doc.concurrency).toEqual({ group: 'pages', 'cancel-in-progress': false });
  });

  it('deploys only after the build job passed npm test, from main only', () => {
    expect(doc.jobs.deploy?.needs).toBe('build');
    expect(doc.jobs.deploy?.if).toBe("github.ref == 'refs/heads/main'");
    expect(doc.jobs.deploy?.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect(doc.permissions).toEqual({ contents: 'read' });
    const test = at((s) => s.run === 'npm test');
    const site = at((s) => s.run === 'npm run build');
    const upload = at((s) => s.uses === 'actions/upload-pages-artifact@v3');
    expect(at((s) => /^npm ci\b/.test(s.run ?? ''))).toBeLessThan(test);
    expect([test < site, site < upload]).toEqual([true, true]);
    for (const s of build)
      expect([s.if, s['continue-on-error']], s.name).toEqual([undefined, undefined]);
  });

  it('works out SITE_URL and BASE_PATH: project page, user page, repository variables', () => {
    const step = build.find((s) => s.id === 'address') as Step;
    const address = (repo: string, vars: Record<string, string> = {}) => {
      const out = path.join(scratch, 'github-output');
      writeFileSync(out, '');
      const r = spawnSync('bash', ['-e', '-c', step.run ?? ''], {
        env: {
          PATH: process.env.PATH,
          GITHUB_REPOSITORY: repo,
          GITHUB_REPOSITORY_OWNER: repo.split('/')[0],
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
});

describe('.gitea/workflows/deploy.yml: publishing to the agency’s nginx', () => {
  const steps = load('.gitea/workflows/deploy.yml').jobs.deploy?.steps ?? [];
  it('tests, builds and only then runs npm run deploy with the target and key from the server’s settings', () => {
    const lines = runLines(steps);
    const i = (re: RegExp) => lines.findIndex((l) => re.test(l));
    expect([
      i(/^npm ci\b/) < i(/^npm test$/),
      i(/^npm test$/) < i(/^npm run build$/),
      i(/^npm run build$/) < i(/^npm run deploy -- --target "\$DEPLOY_TARGET"/),
    ]).toEqual([true, true, true]);
    const deploy = steps.find((s) => /npm run deploy/.test(s.run ?? ''));
    expect(deploy?.env?.DEPLOY_SSH_KEY).toBe('${{ secrets.DEPLOY_SSH_KEY }}');
    for (const line of lines) expect(line).toMatch(ALLOWED_RUN);
  });
});

describe('.gitlab-ci.yml: merge-request pipelines, tests, GitLab Pages or nginx', () => {
  const gcl = path.join(REPO, 'node_modules/gitlab-ci-local/dist/index.js');
  /** A repository holding only the CI file, as gitlab-ci-local reads it. */
  function project(name: string, ci: string) {
    const dir = path.join(scratch, name);
    spawnSync('mkdir', ['-p', dir]);
    writeFileSync(path.join(dir, '.gitlab-ci.yml'), ci);
    git(dir, ['init', '-q', '-b', 'main']);
    git(dir, ['remote', 'add', 'origin', 'https://gitlab.example.gov.cn/tjmpa/plan.git']);
    commitAll(dir, 'ci');
    return dir;
  }
  const jobs = (dir: string, vars: Record<string, string> = {}) => {
    const args = [
      gcl,
      '--list',
      ...Object.entries(vars).flatMap(([k, v]) => ['--variable', `${k}=${v}`]),
    ];
    const r = spawnSync(process.execPath, args, {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, GCL_IGNORE_PREDEFINED_VARS: 'CI_PIPELINE_SOURCE,CI_COMMIT_BRANCH' },
    });
    const names = r.stdout
      .split('\n')
      .slice(1)
      .map((l) => l.split(/\s+/)[0])
      .filter(Boolean);
    return { code: r.status, out: `${r.stdout}${r.stderr}`, names };
  };
  const text = readFileSync(path.join(REPO, '.gitlab-ci.yml'), 'utf8');
  const dir = project('gitlab', text);

  it('is valid against GitLab’s CI schema; an invalid file is rejected', () => {
    const ok = jobs(dir);
    expect(ok.out).toContain('json schema validated');
    expect(ok.code).toBe(0);
    const bad = project(
      'gitlab-bad',
      `${text}\nbad:\n  stage: check\n  script: echo\n  whenn: always\n`,
    );
    const r = jobs(bad);
    expect(r.code).not.toBe(0);
    expect(r.out).toContain("'whenn' property is not expected to be here");
  });

  it('runs pr-check on a merge request; test, then pages or deploy-nginx by DEPLOY_TARGET, on the default branch', () => {
    const mr = { CI_PIPELINE_SOURCE: 'merge_request_event', CI_COMMIT_BRANCH: 'feature' };
    expect(jobs(dir, mr).names).toEqual(['pr-check']);
    expect(jobs(dir).names).toEqual(['test']);
    expect(jobs(dir, { DEPLOY_TARGET: 'pages' }).names).toEqual(['test', 'pages']);
    expect(
      jobs(dir, { DEPLOY_TARGET: 'deploy@web01.example.gov.cn:/srv/plan-tracker' }).names,
    ).toEqual(['test', 'deploy-nginx']);
  });

  it('keeps the charts between pipelines: PLAN_CHART_CACHE is a cached path of every job that builds', () => {
    const doc = parse(text) as {
      variables: Record<string, string>;
      default: { cache: { key: unknown; paths: string[] }[] };
    };
    const folder = doc.variables.PLAN_CHART_CACHE;
    expect(folder).toBe('.cache/plan-charts');
    expect(doc.default.cache).toContainEqual({ key: 'plan-charts', paths: [`${folder}/`] });
  });

  it('pr-check posts the data verdict before installing Chromium; only npm scripts carry logic', () => {
    const doc = parse(text) as Record<
      string,
      { script?: (string | string[])[]; needs?: string[]; resource_group?: string }
    >;
    const script = (doc['pr-check']?.script ?? []).flat();
    const verdict = script.findIndex((l) =>
      /pr:check -- --base "\$CI_MERGE_REQUEST_DIFF_BASE_SHA" --data-only --post/.test(l),
    );
    const chromium = script.findIndex((l) => /apt-get install .*chromium/.test(l));
    const full = script.findIndex((l) => /pr:check/.test(l) && !/--data-only/.test(l));
    expect([verdict > -1, verdict < chromium, chromium < full]).toEqual([true, true, true]);
    for (const job of ['pages', 'deploy-nginx']) {
      expect(doc[job]?.needs).toEqual(['test']);
      expect(doc[job]?.resource_group).toBe('production');
    }
    expect((doc['deploy-nginx']?.script ?? []).flat().at(-1)).toBe(
      'npm run deploy -- --target "$DEPLOY_TARGET" --dir dist',
    );
  });

  it('works out SITE_URL and BASE_PATH from the Pages address or the CI/CD variables', () => {
    const doc = parse(text) as Record<string, { script?: string[] }>;
    const block =
      (doc.test?.script ?? []).find((l) => typeof l === 'string' && l.includes('BASE_PATH=')) ?? '';
    const address = (vars: Record<string, string>) =>
      spawnSync('sh', ['-e', '-c', block], {
        env: { PATH: process.env.PATH, ...vars },
        encoding: 'utf8',
      }).stdout.trim();
    expect(address({ CI_PAGES_URL: 'https://tjmpa.gitlab.io/plan-tracker' })).toBe(
      'SITE_URL=https://tjmpa.gitlab.io/plan-tracker/ BASE_PATH=/plan-tracker/',
    );
    expect(address({ CI_PAGES_URL: 'https://pages.example.gov.cn' })).toBe(
      'SITE_URL=https://pages.example.gov.cn/ BASE_PATH=/',
    );
    expect(
      address({
        SITE_URL: 'https://www.example.gov.cn/zwgk/sswgh/',
        CI_PAGES_URL: 'https://x.gitlab.io/y',
      }),
    ).toBe('SITE_URL=https://www.example.gov.cn/zwgk/sswgh/ BASE_PATH=/zwgk/sswgh/');
  });
});

describe('.ci/run', () => {
  it('installs exactly the lockfile with npm ci, then runs the README’s test command', () => {
    const run = readFileSync(path.join(REPO, '.ci/run'), 'utf8');
    expect(run).toMatch(/^npm ci\b/m);
    expect(run).not.toMatch(/^npm install\b/m);
    expect(run.trim().split('\n').at(-1)).toBe('npm test');
  });
});
