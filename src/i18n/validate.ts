/** Labels of the in-browser data checker page, keyed by language ({files}, {n} are filled in by the browser script). */
import type { Lang } from './ui.ts';

const zh = {
  title: '数据检查器',
  description: '在浏览器中检查 CSV 数据文件，提示与网站构建时相同的错误。',
  lede: '提交修改前，把编辑好的 CSV 文件拖到下面（可一次多个）。检查完全在您的浏览器中进行，文件不会上传到任何地方。检查规则、错误信息和行号与网站构建时完全相同；没有拖入的文件按本站当前发布的数据计算。',
  checking: '正在检查…',
  passed: '检查通过：{files} 没有问题，可以提交。',
  failed: '发现 {n} 个问题，请按“改法”修改后重新检查：',
  noCsv: '请选择 .csv 文件。',
  rows: '行',
  drop: '把 CSV 文件拖到这里，或点击选择文件',
  fileNames: (files: readonly string[]) => `文件名必须与数据文件一致：${files.join('、')}`,
  noscript: '数据检查器需要启用 JavaScript。也可以在命令行运行 npm run check:data。',
};

const en: typeof zh = {
  title: 'Data checker',
  description: 'Check CSV data files in your browser, with the same errors the build gives.',
  lede: 'Before you propose a change, drop your edited CSV files below (several at once is fine). Everything runs in your browser; nothing is uploaded. The rules, messages and row numbers are exactly those of the build; files you do not drop are taken from the data this site currently publishes.',
  checking: 'Checking…',
  passed: 'Passed: {files} have no problems and can be submitted.',
  failed: '{n} problem(s) found; fix them as described and check again:',
  noCsv: 'Please choose .csv files.',
  rows: 'rows',
  drop: 'Drop CSV files here, or click to choose',
  fileNames: (files) => `File names must match the data files: ${files.join(', ')}`,
  noscript: 'The checker needs JavaScript; or run npm run check:data.',
};

export const VALIDATE_UI: Record<Lang, typeof zh> = { zh, en };
