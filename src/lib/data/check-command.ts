/** `npm run check:data`: validate the data directory and say what was read or what is wrong. */
import { FILE_SPECS } from '../../schemas/index.ts';
import { PLAN_STATUS } from '../../schemas/plan.ts';
import { formatReport } from './issues.ts';
import { readDataDir, resolveDataDir } from './read-data-dir.ts';
import { validateDataset } from './validate-dataset.ts';
import { identityWarnings, siteIdentity } from '../site-identity.ts';
import { portalFragmentIssues } from '../portal-fragments.ts';
import { readPortalFragments } from './read-portal.ts';

export interface CommandIO {
  env: Record<string, string | undefined>;
  cwd: string;
  out: (line: string) => void;
  err: (line: string) => void;
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
  return 0;
}
