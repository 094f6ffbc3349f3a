/**
 * The loader's message catalogue: every problem the data checker reports about a file's bytes,
 * its CSV structure, its header, its rows and the rules between files, by code — the Chinese message, how to fix it, and a short
 * English line for developers. The stages of the loader (decode, csv, invisible, read-table,
 * validate-header, validate-rows, cross-file-*) look their messages up here and write no message text of their
 * own; values arrive already shown (shortened, quoted) by the stage that found them. A cell's
 * own problems (not a number, not a date …) are worded by its cell builder in schemas/cells-*.ts,
 * beside the transform they describe. Test fixtures under test/fixtures/invalid/ pin the texts.
 */

import { brief } from './located.ts';

export interface MessageText {
  message: string;
  fix: string;
  en: string;
}

/** A few ids as a message lists them: `I01、I02 等`, or 目前为空. */
function preview(ids: readonly string[]): string {
  if (ids.length === 0) return '目前为空';
  const some = ids.slice(0, 6).map(brief);
  return ids.length > 6 ? `${some.join('、')} 等` : some.join('、');
}

/** One cell of a duplicate key: `year=2026`, or `year=2026（填写为“２０２６”）` when typed otherwise. */
export interface KeyCell {
  column: string;
  value: string;
  /** The text as typed, when it differs from the value shown. */
  typed: string | null;
}

const SAVE_AS_UTF8 =
  'Excel：文件 → 另存为 → 保存类型选“CSV UTF-8（逗号分隔）(*.csv)”；WPS：文件 → 另存为 → 选 CSV，编码选 UTF-8。然后重新提交这个文件。';

const QUOTE_FIX =
  '请补上结束的双引号，或删去多余的引号；单元格内容里要写英文双引号时，请写成两个 ""。用 Excel/WPS 另存为 CSV 时会自动处理。';

/** How to remove an invisible character, with where it is (`在第 3 个字符处`). */
const invisibleFix = (where: string) =>
  `请删除这个看不见的字符（${where}）：在 Excel/WPS 中清空这个单元格，重新输入内容（不要复制粘贴）；在 GitHub 网页上编辑时，GitHub 会提示文件含有隐藏或双向 Unicode 字符并把它标出来，删除它即可。`;

const CATALOGUE = {
  xlsxFile: () => ({
    message: '这是 Excel 工作簿（.xlsx），不是 CSV 文本文件。',
    fix: SAVE_AS_UTF8,
    en: 'file is an .xlsx workbook, not CSV',
  }),
  utf16File: () => ({
    message: '文件是 UTF-16 编码（Excel“Unicode 文本”格式），不是 UTF-8 的 CSV。',
    fix: SAVE_AS_UTF8,
    en: 'file is UTF-16; save as UTF-8 CSV',
  }),
  notUtf8: (p: { looksChinese: boolean }) => ({
    message: p.looksChinese
      ? '文件不是 UTF-8 编码，看起来是 GBK/GB18030（Excel 另存为普通“CSV（逗号分隔）”时的默认编码）。按 UTF-8 读取会变成乱码，因此没有读取。'
      : '文件不是 UTF-8 编码，无法读取。',
    fix: SAVE_AS_UTF8,
    en: 'file is not valid UTF-8 (looks like GBK/GB18030)',
  }),
  badByte: (p: { hex: string; invalid: number }) => ({
    message: `这个单元格里有不能按 UTF-8 读取的字节（0x${p.hex}），会显示成乱码“�”。${p.invalid > 1 ? `全文件共 ${p.invalid} 处这样的字节，这里是第一处；` : ''}文件的其余部分是 UTF-8。`,
    fix: '这通常是从别的软件或 GBK 编码的文件里复制来的文字，或文件在传输中损坏：请在 Excel/WPS 中清空这个单元格并重新输入，再另存为“CSV UTF-8（逗号分隔）”；在 GitHub 网页上编辑时，删除显示为 � 的字符后重新输入。',
    en: `invalid UTF-8 byte 0x${p.hex} in an otherwise UTF-8 file`,
  }),
  nulChar: (p: { count: number }) => ({
    message: `这个单元格里有空字符（NUL${p.count > 1 ? `，全文件共 ${p.count} 个` : ''}），它不是正常的文字，通常说明文件已损坏或是从其他程序粘贴来的。`,
    fix: '请在 Excel/WPS 中清空这个单元格并重新输入内容；如果整个文件都是这样，请重新另存为“CSV UTF-8（逗号分隔）”。',
    en: 'file contains NUL bytes',
  }),
  textAfterQuote: () => ({
    message:
      '这个单元格以英文双引号 " 开头，但配对的引号后面还紧跟着别的字符：引号只能括住整个单元格，从这里起后面的内容无法正确分列。',
    fix: '内容本身含有英文双引号时，请把整个单元格用英文双引号括起来，并把内容里的每个 " 写成两个 ""（例如 "他说""好"""），或改用中文引号“”。用 Excel/WPS 另存为 CSV 时会自动处理。',
    en: 'malformed quoted field: text after the closing quote',
  }),
  unclosedQuote: () => ({
    message:
      '这个单元格以英文双引号 " 开头，但直到文件末尾都没有配对的结束引号，后面的内容都被当成了这一格。',
    fix: QUOTE_FIX,
    en: 'unterminated quoted field',
  }),
  invisibleBidi: (p: { code: string; name: string; where: string }) => ({
    message: `单元格里有看不见的文字方向控制字符 ${p.code}（${p.name}）。它会让文字显示的顺序与实际保存的顺序不同：例如屏幕上看到的“2030”，文件里存的可能是“0302”，网站、Excel 和审核人看到的内容就不一致了。`,
    fix: invisibleFix(p.where),
    en: `bidi control character ${p.code} in cell: displayed order differs from stored order`,
  }),
  invisibleZeroWidth: (p: { code: string; name: string; where: string }) => ({
    message: `单元格里有看不见的字符 ${p.code}（${p.name}）。它不占位置、看不出来，却会让两个看起来一样的内容（编号、功能名称等）被当成不同的，重复检查和搜索也会因此失效。`,
    fix: invisibleFix(p.where),
    en: `invisible character ${p.code} in cell`,
  }),
  invisibleControl: (p: { code: string; where: string }) => ({
    message: `单元格里有控制字符 ${p.code}，它不是正常的文字，通常来自复制粘贴或损坏的文件，在网页上会被忽略或显示成乱码。`,
    fix: invisibleFix(p.where),
    en: `control character ${p.code} in cell`,
  }),
  unknownFile: (p: {
    name: string;
    guess: string | undefined;
    known: readonly string[];
    dir: string;
  }) => ({
    message: `数据目录里有一个不认识的 CSV 文件 ${p.name}。`,
    fix: p.guess
      ? `文件名是不是应为 ${p.guess}？请改名；如果它不属于网站数据，请移出 ${p.dir}/ 目录。`
      : `数据目录只接受这些文件：${p.known.join('、')}。请改名或移出 ${p.dir}/ 目录。`,
    en: `unknown CSV file ${p.name}`,
  }),
  missingFile: (p: { file: string; label: string; columns: readonly string[]; dir: string }) => ({
    message: `缺少文件 ${p.file}（${p.label}）。`,
    fix: `请在 ${p.dir}/ 目录中放回这个文件；表头应为：${p.columns.join(',')}`,
    en: `missing file ${p.file}`,
  }),
  moreIssues: (p: { count: number; max: number }) => ({
    message: `这个文件还有 ${p.count} 个问题没有列出（只列出了前 ${p.max} 个）。`,
    fix: '问题这么多，通常是整个文件的格式错了（分隔符、编码、表头或引号）：请先按上面的提示改正，再重新检查。',
    en: `${p.count} more issue(s) in this file not listed`,
  }),
  emptyFile: (p: { columns: readonly string[] }) => ({
    message: '文件是空的，或第 1 行不是表头。',
    fix: `第 1 行应为表头：${p.columns.join(',')}`,
    en: 'empty file or missing header row',
  }),
  notComma: () => ({
    message: '表头里的列是用分号或制表符分隔的，不是逗号。',
    fix: '请用 Excel/WPS 另存为“CSV UTF-8（逗号分隔）”，列之间必须是英文逗号。',
    en: 'delimiter is not a comma',
  }),
  duplicateColumn: (p: { name: string; first: number | undefined; column: number }) => ({
    message: `表头中列名 ${p.name} 出现了两次（第 ${p.first} 列和第 ${p.column} 列）。`,
    fix: '请删除重复的列，每个列名只能出现一次。',
    en: `duplicate column ${p.name}`,
  }),
  personalColumn: (p: { name: string }) => ({
    message: `列 ${p.name} 看起来用于个人联系信息（联系人、电话、邮箱或证件号）。本站不收集、不公开个人联系信息。`,
    fix: '请删除整列。“四重”服务表中的联系人信息留在局内，不进入网站数据。',
    en: `personal-data column ${p.name} is not allowed`,
  }),
  unknownColumn: (p: {
    name: string;
    guess: string | undefined;
    file: string;
    columns: readonly string[];
  }) => ({
    message: `表头中有不认识的列 ${p.name}。`,
    fix: p.guess
      ? `是不是想写 ${p.guess}？列名必须与数据规范完全一致（区分大小写、不能有空格）。`
      : `${p.file} 只允许这些列：${p.columns.join(',')}。请删除或改名。`,
    en: `unknown column ${p.name}`,
  }),
  unnamedColumns: (p: {
    unnamed: readonly number[];
    file: string;
    columns: readonly string[];
  }) => ({
    message: `表头中有 ${p.unnamed.length} 列没有列名（第 ${p.unnamed.slice(0, 5).join('、')}${p.unnamed.length > 5 ? ' 等' : ''} 列）。`,
    fix: `请删除这些空列（在 Excel/WPS 中选中整列 → 右键 → 删除），或填上正确的列名；${p.file} 只允许这些列：${p.columns.join(',')}。`,
    en: `${p.unnamed.length} column(s) without a name`,
  }),
  missingColumn: (p: { column: string; columns: readonly string[] }) => ({
    message: `缺少必需的列 ${p.column}。`,
    fix: `请在表头加上 ${p.column}（完整表头：${p.columns.join(',')}）。`,
    en: `missing column ${p.column}`,
  }),
  cellCount: (p: { cells: number; columns: number }) => ({
    message: `这一行有 ${p.cells} 个单元格，表头有 ${p.columns} 列。`,
    fix:
      p.cells > p.columns
        ? '多出了单元格：通常是某个单元格里有英文逗号却没有加引号。请把含逗号的内容用英文双引号括起来，或改用中文逗号“，”。'
        : '少了单元格：请补齐这一行，空着的格子也要保留逗号。',
    en:
      p.cells > p.columns
        ? 'row has more cells than the header'
        : 'row has fewer cells than the header',
  }),
  personalCell: (p: { found: string }) => ({
    message: `单元格里有看起来像${p.found}的内容。本站不公开个人联系信息。`,
    fix: `请删除其中的${p.found}；需要联系方式时，请写机构名称或官方网站。`,
    en: `cell looks like personal contact data (${p.found})`,
  }),
  /** A schema issue that carries no fix or English line of its own (the message is the issue's). */
  schemaIssue: (p: { message: string }) => ({
    message: p.message,
    fix: '请按数据规范修改这一格。',
    en: p.message,
  }),
  planNoRow: () => ({
    message: 'plan.csv 应有且只有一行规划信息，现在一行都没有。',
    fix: '请在表头下面填写一行规划信息。',
    en: 'plan.csv needs exactly one row',
  }),
  planExtraRow: () => ({
    message: 'plan.csv 应有且只有一行规划信息，这是多出来的一行。',
    fix: '请删除多余的行。',
    en: 'plan.csv needs exactly one row',
  }),
  duplicateKey: (p: { cells: readonly KeyCell[]; first: number; columns: readonly string[] }) => ({
    message: `${p.cells
      .map((c) =>
        c.typed === null
          ? `${c.column}=${c.value}`
          : `${c.column}=${c.value}（填写为“${c.typed}”）`,
      )
      .join('，')} 与第 ${p.first} 行重复。`,
    fix:
      p.columns.length > 1
        ? '同一组合只能有一行：如果是更正数据，请直接修改原来那一行，并删除这一行。'
        : '编号必须唯一：请给这一行换一个没有用过的编号，或删除重复的行。',
    en: `duplicate ${p.columns.join('+')} (first at line ${p.first})`,
  }),
  unknownMeasure: (p: { value: string; column: string; indicators: readonly string[] }) => ({
    message: `编号 ${p.value} 既不是 indicators.csv 中的指标，也不是 milestones.csv 中的专栏目标。`,
    fix: `请填写指标编号（如 ${preview(p.indicators)}）或量化专栏目标的编号。`,
    en: `${p.column} ${p.value} not found`,
  }),
  unknownRef: (p: { value: string; column: string; file: string; known: readonly string[] }) => ({
    message: `编号 ${p.value} 在 ${p.file} 中不存在。`,
    fix: `请填写 ${p.file} 里已有的编号（${preview(p.known)}），或先在 ${p.file} 中新增这一行。`,
    en: `${p.column} ${p.value} not found in ${p.file}`,
  }),
  milestoneIdTaken: (p: { id: string }) => ({
    message: `编号 ${p.id} 已被 indicators.csv 中的指标使用。`,
    fix: '年度数据按编号对应到指标或专栏目标，两者的编号不能相同：请换一个编号。',
    en: 'milestone id collides with an indicator id',
  }),
  observationOnDeliverable: (p: { id: string }) => ({
    message: `${p.id} 是成果事项（deliverable），没有数值进度。`,
    fix: '成果事项的进展请在 milestones.csv 的 status 和 done_on 中填写，不要在 observations.csv 中填报数值。',
    en: 'observations only for indicators and quantity milestones',
  }),
  observationYear: (p: { year: number; first: number; last: number }) => ({
    message: `年份 ${p.year} 不在 ${p.first}–${p.last} 范围内。`,
    fix: `请填写 ${p.first}–${p.last} 之间的年份（${p.first}–${p.first + 4} 为“十四五”参考数据，之后为规划期）。`,
    en: `year outside ${p.first}..${p.last}`,
  }),
  asOfBeforeYear: (p: { asOf: string; year: number }) => ({
    message: `截至日期 ${p.asOf} 早于数据所属年份 ${p.year}。`,
    fix: 'as_of 是数据发布或更新的日期，不能早于该年份的 1 月 1 日；请检查年份或日期是否填反。',
    en: 'as_of earlier than the year it reports',
  }),
  percentNotAllowed: (p: { cell: string; unit: string | null }) => ({
    message: `“${p.cell}” 带有百分号，但这一项的单位是“${p.unit ?? '（无）'}”，不是百分比。`,
    fix: '请去掉 % 只填数字；只有单位为 % 的指标才能在数字后加 %。',
    en: '% used with a non-percent unit',
  }),
  missingThreshold: (p: { key: string }) => ({
    message: `缺少阈值 ${p.key}。`,
    fix: '三个阈值都要有：ahead_min（默认 1.10）、on_track_min（默认 0.95）、at_risk_min（默认 0.80）。',
    en: `missing threshold ${p.key}`,
  }),
  thresholdOrder: (p: { atRisk: number; onTrack: number; ahead: number }) => ({
    message: `阈值顺序不对：at_risk_min ${p.atRisk}、on_track_min ${p.onTrack}、ahead_min ${p.ahead}。`,
    fix: '应满足 0 < at_risk_min < on_track_min < ahead_min，例如 0.80、0.95、1.10。',
    en: 'thresholds must satisfy 0 < at_risk < on_track < ahead',
  }),
  commentaryYear: (p: { year: number; start: number; end: number }) => ({
    message: `年份 ${p.year} 不在规划期 ${p.start}–${p.end} 年内。`,
    fix: `请填写这段文字所属监测报告的年份（${p.start}–${p.end}）。`,
    en: `year outside ${p.start}..${p.end}`,
  }),
  commentaryRef: (p: {
    scope: string;
    scopeLabel: string;
    id: string;
    file: string;
    some: string;
  }) => ({
    message: `scope 为 ${p.scope}（${p.scopeLabel}），但编号 ${p.id} 在 ${p.file} 中不存在。`,
    fix: `请填写 ${p.file} 里已有的编号（如 ${p.some}），或把 scope 改成这个编号所属的类别。`,
    en: `ref_id ${p.id} not found in ${p.file}`,
  }),
} satisfies Record<string, (p: never) => MessageText>;

export type MessageCode = keyof typeof CATALOGUE;

/** The texts of one message, by its code and the values it names. */
export function messageOf<C extends MessageCode>(
  code: C,
  ...params: Parameters<(typeof CATALOGUE)[C]>
): MessageText {
  const build = CATALOGUE[code] as (p?: unknown) => MessageText;
  return build(params[0]);
}
