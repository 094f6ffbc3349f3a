/**
 * `npm run data:fix [-- --check]`: for every .csv file directly inside $PLAN_DATA_DIR (default
 * data), rewrite GB18030 files as UTF-8 and number cells typed the Excel way as plain numbers
 * (src/lib/data/fix.ts says exactly what changes). Prints, per file, what it changed in Chinese,
 * or “无需修改”. With --check nothing is written and the exit code is 1 if anything would change.
 */
import { rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describeFix, fileChanged, fixDataFiles } from '../src/lib/data/fix.ts';
import { readDataDir, resolveDataDir } from '../src/lib/data/read-data-dir.ts';

async function main(argv: string[]): Promise<number> {
  const unknown = argv.filter((a) => a !== '--check');
  if (unknown.length > 0) {
    console.error(`不认识的参数：${unknown.join(' ')}。用法：npm run data:fix [-- --check]`);
    console.error('(en: usage: data-fix [--check])');
    return 2;
  }
  const check = argv.includes('--check');
  const dir = resolveDataDir(process.env, process.cwd());
  const files = await readDataDir(dir.absolute);
  if (!files) {
    console.error(`数据目录 ${dir.shown}/ 不存在或不是目录。`);
    console.error('改法：检查环境变量 PLAN_DATA_DIR（默认 data），或在仓库根目录下运行命令。');
    console.error(`(en: data directory ${dir.absolute} not found)`);
    return 1;
  }
  const fixes = fixDataFiles(files);
  let changed = 0;
  for (const fix of fixes) {
    for (const line of describeFix(fix, `${dir.shown}/${fix.file}`)) console.log(line);
    if (!fileChanged(fix)) continue;
    changed += 1;
    if (check) continue;
    // Write beside the file, then rename over it: an interrupted run never leaves half a file.
    // The temporary name does not end in .csv, so no reader ever takes it for data.
    const target = path.join(dir.absolute, fix.file);
    const temp = path.join(dir.absolute, `.${fix.file}.data-fix-${process.pid}.tmp`);
    try {
      await writeFile(temp, fix.bytes);
      await rename(temp, target);
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
  }
  console.log('');
  if (fixes.length === 0) console.log(`${dir.shown}/ 中没有 CSV 文件。(en: no CSV files)`);
  else if (changed === 0) console.log('所有文件都无需修改。(en: nothing to change)');
  else if (check) {
    console.log(
      `有 ${changed} 个文件需要修改（--check 只检查，没有写入）。运行 npm run data:fix 自动修改。`,
    );
    console.log(`(en: ${changed} file(s) would change; nothing was written)`);
  } else {
    console.log(
      `已修改 ${changed} 个文件。请运行 npm run check:data 确认，并在提交前看一遍改动（git diff）。`,
    );
    console.log(`(en: ${changed} file(s) rewritten)`);
  }
  return check && changed > 0 ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
