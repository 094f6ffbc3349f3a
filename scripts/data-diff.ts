/**
 * `npm run data:diff -- --base <rev> [--head <rev>]`: a Markdown summary of the data change
 * between two git revisions (head default: the working tree) for the pull-request comment. The
 * repository is the current directory; the data directory is $PLAN_DATA_DIR (default data).
 * Exit 0: head data valid (the summary, or “数据没有变化”). Exit 1: head data invalid (every
 * problem, in Chinese). Exit 2: wrong arguments or a git problem (a message on stderr).
 */
import { parseArgs } from 'node:util';
import { dataChange, runCommand } from './lib/data-change.ts';

const USAGE = [
  '用法：npm run data:diff -- --base <版本> [--head <版本>]',
  '  --base  比较的基准，如 origin/main、HEAD~1 或提交号',
  '  --head  新版本；省略时比较工作区中的数据目录',
  '(en: usage: npm run data:diff -- --base <rev> [--head <rev>])',
].join('\n');

async function main(): Promise<number> {
  let values: { base?: string; head?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      options: {
        base: { type: 'string' },
        head: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }));
  } catch (error) {
    console.error(`参数有误：${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (!values.base) {
    console.error(`缺少 --base。\n${USAGE}`);
    return 2;
  }

  const change = await dataChange({
    cwd: process.cwd(),
    env: process.env,
    base: values.base,
    head: values.head,
  });
  console.log(change.markdown);
  return change.ok ? 0 : 1;
}

await runCommand(main, '比较');
