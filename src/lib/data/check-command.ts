/** `npm run check:data`: validate the data directory and say what was read or what is wrong. */
import { FILE_SPECS } from '../../schemas/index.ts';
import { PLAN_STATUS } from '../../schemas/plan.ts';
import path from 'node:path';
import { formatIssue, formatReport } from './issues.ts';
import { readDataDir, resolveDataDir } from './read-data-dir.ts';
import { validateDataset, type Dataset } from './validate-dataset.ts';
import { futureDateWarnings } from './future-dates.ts';
import { dataPathspec, gitQuiet } from '../git-data.ts';
import { lastCommitDate } from '../site.ts';
import { identityWarnings, siteIdentity } from '../site-identity.ts';
import { portalFragmentIssues } from '../portal-fragments.ts';
import { readPortalFragments } from './read-portal.ts';

export interface CommandIO {
  env: Record<string, string | undefined>;
  cwd: string;
  out: (line: string) => void;
  err: (line: string) => void;
  /**
   * The date dates are checked against (YYYY-MM-DD); default: the date the site would be built
   * with — the last data commit's, or today's when the data has uncommitted changes (they will be
   * committed today at the earliest) or lies outside git.
   */
  buildDate?: string | null;
  /** Called with the validated data when the check passes (the build renders from it). */
  onValid?: (data: Dataset) => void;
}

/** Today in the local time zone, YYYY-MM-DD. */
const today = () => new Date().toLocaleDateString('sv-SE');

/** The build date the data will have once committed (see CommandIO.buildDate). */
export function checkDate(dir: string, cwd: string): string {
  const committed = lastCommitDate(dir, cwd);
  if (!committed) return today();
  const rel = path.relative(cwd, dir).split(path.sep).join('/');
  // Uncommitted changes to the data will be committed today at the earliest; git failing here
  // (it just gave the commit date) reads as clean.
  const dirty = gitQuiet(['status', '--porcelain', '--', dataPathspec(rel)], cwd);
  return dirty === '' ? committed : today();
}

/** Returns the process exit code: 0 valid, 1 invalid. Never throws for bad data. */
export async function runCheckData(io: CommandIO): Promise<number> {
  const dir = resolveDataDir(io.env, io.cwd);
  const files = await readDataDir(dir.absolute);
  if (!files) {
    io.err(`数据目录 ${dir.shown}/ 不存在或不是目录。`);
    io.err('改法：检查环境变量 PLAN_DATA_DIR（默认 data），或在仓库根目录下运行命令。');
    io.err(`(en: data directory ${dir.absolute} not found)`);
    return 1;
  }
  const result = validateDataset(files, { dir: dir.shown });
  const portal = readPortalFragments(dir.absolute);
  const fragmentIssues = [
    ...portalFragmentIssues(portal.header ?? '', `${dir.shown}/portal/header.html`),
    ...portalFragmentIssues(portal.footer ?? '', `${dir.shown}/portal/footer.html`),
  ];
  if (!result.ok || fragmentIssues.length) {
    io.err(formatReport([...(result.ok ? [] : result.issues), ...fragmentIssues]));
    return 1;
  }
  io.out(`数据检查通过：${dir.shown}/`);
  const width = Math.max(...FILE_SPECS.map((s) => s.file.length));
  for (const spec of FILE_SPECS) {
    const n = String(result.counts[spec.file] ?? 0).padStart(4);
    io.out(`  ${spec.file.padEnd(width)} ${n} 行  ${spec.label_zh}`);
  }
  const plan = result.data.plan;
  io.out(
    `规划：${plan.title_zh}（${plan.start_year}–${plan.end_year}），状态 ${plan.status}（${PLAN_STATUS[plan.status]}）。`,
  );
  const siteFile = `${dir.shown}/site.csv`;
  for (const w of identityWarnings(plan, siteIdentity(result.data.site), siteFile)) io.err(w);
  io.out('(en: data is valid)');
  const buildDate = io.buildDate === undefined ? checkDate(dir.absolute, io.cwd) : io.buildDate;
  const warnings = buildDate ? futureDateWarnings(files, buildDate, dir.shown) : [];
  if (warnings.length > 0) {
    io.out('');
    io.out(`提示（不影响检查结果）：${warnings.length} 个日期晚于网站的生成日期 ${buildDate}。`);
    for (const w of warnings) io.out(formatIssue(w));
    io.out(`(en: ${warnings.length} date(s) after the build date; a warning, the data is valid)`);
  }
  io.onValid?.(result.data);
  return 0;
}
