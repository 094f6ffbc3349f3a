/**
 * `npm run deploy -- --target <[user@host:]/srv/plan-tracker> [--dir dist] [--keep 5]`
 *
 * Publishes a built site to the agency's own web server with the atomic swap of deploy/README.md:
 * the site goes into a new folder `releases/<date>-<commit>/` (files equal to the live release are
 * hard links, so only changes travel), then the symlink `current`, which nginx serves, is switched
 * in one rename. A visitor — or the wall display — sees the whole old site or the whole new one,
 * never half of each; rolling back is pointing `current` at an older release. The oldest releases
 * beyond --keep are removed, never the live one. A target without `host:` is a local folder.
 * Needs rsync (and ssh for a remote target); the CI adapters (GitLab, Gitea) call this script.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

const USAGE =
  '用法：npm run deploy -- --target <[用户@主机:]/srv/plan-tracker> [--dir dist] [--keep 5]';

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

let values: { target?: string; dir?: string; keep?: string };
try {
  ({ values } = parseArgs({
    options: { target: { type: 'string' }, dir: { type: 'string' }, keep: { type: 'string' } },
  }));
} catch (error) {
  fail(`参数有误：${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
}
const target = values.target ?? process.env.DEPLOY_TARGET;
if (!target) fail(`缺少 --target（或环境变量 DEPLOY_TARGET）。\n${USAGE}`);
const dir = path.resolve(values.dir ?? process.env.PLAN_OUT_DIR ?? 'dist');
if (!existsSync(path.join(dir, 'index.html')))
  fail(`找不到生成的网站：${dir}/index.html 不存在。先运行 npm run build。`);
const keep = Number(values.keep ?? 5);
if (!Number.isInteger(keep) || keep < 2) fail('--keep 至少为 2（当前版本和一个可以回退的版本）。');

const remote = /^([^/:]+):(\/.*)$/.exec(target);
const host = remote?.[1] ?? null;
const base = (remote?.[2] ?? path.resolve(target)).replace(/\/$/, '');

function sh(args: string[], what: string): string {
  const r = spawnSync(args[0] ?? '', args.slice(1), { encoding: 'utf8' });
  if (r.status !== 0)
    fail(`${what}失败（${args[0]}，退出码 ${r.status ?? r.error?.message}）：\n${r.stderr}`);
  return r.stdout;
}

/** A shell command on the target: through ssh, or here. Paths are quoted for the shell. */
const q = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
const onTarget = (script: string, what: string) =>
  host ? sh(['ssh', host, script], what) : sh(['sh', '-c', script], what);

// Named by the commit, so a release can be traced back; the clock breaks ties between re-deploys.
const commit = spawnSync('git', ['rev-parse', '--short=7', 'HEAD'], { encoding: 'utf8' });
const stamp = new Date().toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
const release = `${stamp}-${commit.status === 0 ? commit.stdout.trim() : 'nogit'}`;
const releaseDir = `${base}/releases/${release}`;

onTarget(`mkdir -p ${q(`${base}/releases`)}`, '建立发布目录');
const linkDest = onTarget(`test -d ${q(`${base}/current/`)} && echo yes || true`, '检查当前版本');
sh(
  [
    'rsync',
    '-a',
    '--delete',
    ...(linkDest.trim() === 'yes' ? [`--link-dest=${base}/current/`] : []),
    `${dir}/`,
    host ? `${host}:${releaseDir}/` : `${releaseDir}/`,
  ],
  '上传',
);
// The swap: a new link beside the old one, then one rename over it (atomic on POSIX).
onTarget(
  `ln -sfn ${q(releaseDir)} ${q(`${base}/current.new`)} && mv -Tf ${q(`${base}/current.new`)} ${q(`${base}/current`)}`,
  '切换版本',
);
onTarget(
  `cd ${q(`${base}/releases`)} && cur=$(basename "$(readlink -f ${q(`${base}/current`)})") && ` +
    `ls -1 | sort | head -n -${keep} | grep -vx "$cur" | xargs -r rm -rf`,
  '清理旧版本',
);
console.log(`已发布：${host ? `${host}:` : ''}${base}/current → releases/${release}`);
