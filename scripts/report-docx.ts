/**
 * `npm run report:docx -- <year> [--lang en] [--out file.docx]`: the monitoring report of <year>
 * as an editable Word file, from $PLAN_DATA_DIR (default data/) — the same file the build
 * publishes beside /reports/<year>/. No site build: the report modules (and the chart component,
 * a .tsx file) are loaded through Vite, as Astro loads them.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { createServer } from 'vite';
import { reportArgs } from './lib/report-args.ts';

process.env.ASTRO_TELEMETRY_DISABLED = '1';
const { year, lang, out } = reportArgs(process.argv.slice(2), 'docx');

const vite = await createServer({
  configFile: false,
  root: process.cwd(),
  logLevel: 'error',
  appType: 'custom',
  server: { middlewareMode: true, hmr: false, ws: false },
  optimizeDeps: { noDiscovery: true, include: [] },
});
let code = 0;
try {
  const { runDocx } = (await vite.ssrLoadModule(
    '/scripts/lib/report-docx-run.ts',
  )) as typeof import('./lib/report-docx-run.ts');
  const result = await runDocx(year, lang);
  if (result.ok) {
    writeFileSync(out, result.bytes);
    console.log(
      `报告已生成：${path.relative(process.cwd(), out)}（${year} 年，${lang === 'en' ? 'English' : '中文'}）`,
    );
  } else {
    for (const line of result.lines) console.error(line);
    code = 1;
  }
} finally {
  await vite.close();
}
process.exit(code);
