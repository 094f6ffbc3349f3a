/**
 * `npm run pr:check -- --base <rev> [--head <rev>] [--out <file>] [--post] [--data-only]`
 *
 * The whole check of a pull request, the same on every Git server:
 *   1. check:data on the head and data:diff against the base — the data verdict, in seconds;
 *   2. the build of the working tree (which must be the head);
 *   3. the site checks on the result (npm run check:site);
 *   4. the software tests (npm test), only when files other than the data files changed.
 * The steward's comment (Markdown, Chinese first) is written to --out and printed; with --post it
 * is also posted on the Git server running the job (scripts/lib/forges.ts) as soon as the data
 * verdict is known, and updated when the rest has finished. --data-only stops after step 1 (an
 * adapter posts the verdict before it installs Chromium). Exit 0 only when every step passed.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatReport } from '../src/lib/data/issues.ts';
import { resolveDataDir } from '../src/lib/data/read-data-dir.ts';
import {
  overallOf,
  renderPrComment,
  type PrCheckState,
  type StepResult,
} from '../src/lib/ci/pr-comment.ts';
import { dataChange, runCommand } from './lib/data-change.ts';
import { detectForge } from './lib/forges.ts';
import { changedFiles, isDataFile } from './lib/changed-files.ts';
import { runSiteChecks } from './lib/site-checks-run.ts';

const USAGE =
  '用法：npm run pr:check -- --base <版本> [--head <版本>] [--out <文件>] [--post] [--data-only]\n' +
  '(en: usage: npm run pr:check -- --base <rev> [--head <rev>] [--out <file>] [--post] [--data-only])';

const cwd = process.cwd();
const env = process.env;
const started = performance.now();
const seconds = () => (performance.now() - started) / 1000;
const log = (line: string) => console.error(line);

function tail(text: string, lines = 40): string {
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}

/** Run a command of this project; its output is kept for the comment, not streamed. */
function run(args: string[], extraEnv: Record<string, string> = {}) {
  const r = spawnSync(args[0] ?? '', args.slice(1), {
    cwd,
    env: { ...env, ...extraEnv },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return { ok: r.status === 0, out: `${r.stdout ?? ''}${r.stderr ?? ''}` };
}

async function main(): Promise<number> {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      options: {
        base: { type: 'string' },
        head: { type: 'string' },
        out: { type: 'string' },
        post: { type: 'boolean' },
        'data-only': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    log(`参数有误：${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (typeof values.base !== 'string') {
    log(`缺少 --base。\n${USAGE}`);
    return 2;
  }
  const head = typeof values.head === 'string' ? values.head : undefined;
  const forge = values.post ? detectForge(env) : null;
  if (values.post && !forge)
    log('（--post：没有识别出 GitHub、Gitea/Forgejo 或 GitLab 的 CI 环境，评论只写入文件和日志）');

  const change = await dataChange({ cwd, env, base: values.base, head });
  const pending: StepResult = { state: 'pending' };
  const state: PrCheckState = {
    base: change.names.base,
    head: change.names.head,
    data: change.ok
      ? { ok: true, diffMarkdown: change.markdown }
      : { ok: false, count: change.issues.length, report: formatReport(change.issues) },
    build: pending,
    site: pending,
    tests: pending,
    logUrl: forge?.logUrl,
  };

  const emit = async () => {
    const body = renderPrComment(state);
    if (typeof values.out === 'string') writeFileSync(values.out, `${body}\n`);
    if (forge)
      try {
        log(`评论已${(await forge.post(body)) === 'created' ? '发表' : '更新'}（${forge.name}）。`);
      } catch (error) {
        // A fork's read-only token, or a missing one: the comment stays in the log and --out.
        log(`无法发表评论：${error instanceof Error ? error.message : String(error)}`);
      }
    return body;
  };

  // 1. The data verdict, as soon as it is known.
  log(
    change.ok
      ? `数据检查通过（${seconds().toFixed(1)} 秒）。`
      : `数据检查未通过（${seconds().toFixed(1)} 秒）：`,
  );
  if (!change.ok) {
    console.error(formatReport(change.issues));
    const body = await emit();
    console.log(body);
    return 1;
  }
  if (values['data-only']) {
    state.build = state.site = state.tests = { state: 'pending' };
    console.log(await emit());
    return 0;
  }
  await emit();
  log(`首个结论已给出：${seconds().toFixed(1)} 秒。`);

  // 2. The build (the working tree: it must be the head being checked).
  if (head !== undefined && change.headCommit !== null) {
    const current = run(['git', 'rev-parse', 'HEAD']).out.trim();
    if (current !== change.headCommit) {
      log(`--head ${head} 不是当前检出的版本：请先 git checkout ${head} 再运行。`);
      return 2;
    }
  }
  const outDir = env.PLAN_OUT_DIR || 'dist';
  const stepStart = seconds();
  state.build = { state: 'running' };
  const build = run([process.execPath, path.join(cwd, 'scripts/build.ts')], {
    PLAN_OUT_DIR: outDir,
  });
  state.build = build.ok
    ? { state: 'passed', seconds: seconds() - stepStart }
    : { state: 'failed', detail: tail(build.out), seconds: seconds() - stepStart };
  log(`网站生成：${build.ok ? '通过' : '未通过'}。`);

  // 3. Site checks on the result.
  if (build.ok) {
    const t = seconds();
    const site = await runSiteChecks(path.resolve(cwd, outDir), {
      base: env.BASE_PATH || '/',
      browser: true,
    });
    state.site = {
      state: site.ok ? 'passed' : 'failed',
      detail: site.ok ? undefined : site.lines.join('\n'),
      seconds: seconds() - t,
    };
    for (const line of site.lines) log(line);
  } else state.site = { state: 'skipped', detail: '网站没有生成成功。' };

  // 4. Software tests, only for code changes.
  const dataDir = resolveDataDir(env, cwd).shown;
  const files = changedFiles(cwd, change.baseCommit, change.headCommit);
  const code = files.filter((f) => !isDataFile(f, dataDir));
  if (code.length === 0)
    state.tests = {
      state: 'skipped',
      detail: `只改了数据文件（${dataDir}/*.csv），软件测试不依赖数据内容，不需要运行。`,
    };
  else {
    const t = seconds();
    log(
      `改动了 ${code.length} 个非数据文件（${code.slice(0, 5).join('、')}${code.length > 5 ? ' 等' : ''}），运行软件测试……`,
    );
    const npm = env.npm_execpath ? [process.execPath, env.npm_execpath] : ['npm'];
    const tests = run([...npm, 'test']);
    state.tests = {
      state: tests.ok ? 'passed' : 'failed',
      detail: tests.ok ? undefined : tail(tests.out, 60),
      seconds: seconds() - t,
    };
  }

  const body = await emit();
  console.log(body);
  log(`全部完成：${seconds().toFixed(1)} 秒。`);
  return overallOf(state) === 'passed' ? 0 : 1;
}

await runCommand(main, '检查');
