/** Text → records, with papaparse. Rows keep the number Excel shows (header = row 1). */
import Papa from 'papaparse';

export interface CsvRecord {
  /** Excel row number (header = 1). */
  line: number;
  cells: string[];
}

export interface CsvProblem {
  line: number;
  column: number;
  message: string;
  fix: string;
  en: string;
}

export interface ParsedCsv {
  header: string[];
  records: CsvRecord[];
  problems: CsvProblem[];
}

const isBlank = (cells: string[]) => cells.every((c) => c.trim() === '');

/**
 * Every line ending as LF. Excel ends a row at CR, LF or CRLF alike, but papaparse guesses one
 * ending per file: in a CRLF file a line added with a bare LF would silently join the next row.
 * (A line break inside a quoted cell becomes LF too, which is how the site shows it anyway.)
 */
const oneLineEnding = (text: string) => text.replace(/\r\n?/g, '\n');

function papaparse(text: string) {
  return Papa.parse<string[]>(oneLineEnding(text), {
    header: false,
    delimiter: ',',
    newline: '\n',
    skipEmptyLines: false,
  });
}

const QUOTE_FIX =
  '请补上结束的双引号，或删去多余的引号；单元格内容里要写英文双引号时，请写成两个 ""。用 Excel/WPS 另存为 CSV 时会自动处理。';

export function parseCsv(text: string): ParsedCsv {
  const result = papaparse(text);
  // papaparse reports one bad quote up to three times (InvalidQuotes, then MissingQuotes when no
  // closing quote follows): one problem per quote, worded for what actually went wrong.
  const quotes = new Map<string, { row: number; invalid: boolean }>();
  for (const err of result.errors) {
    if (err.code !== 'MissingQuotes' && err.code !== 'InvalidQuotes') continue;
    const row = typeof err.row === 'number' ? err.row : 0;
    const key = `${row}:${err.index ?? ''}`;
    const seen = quotes.get(key);
    quotes.set(key, { row, invalid: (seen?.invalid ?? false) || err.code === 'InvalidQuotes' });
  }
  const problems: CsvProblem[] = [...quotes.values()].map(({ row, invalid }) => ({
    line: row + 1,
    column: result.data[row]?.length ?? 1,
    ...(invalid
      ? {
          message:
            '这个单元格以英文双引号 " 开头，但配对的引号后面还紧跟着别的字符：引号只能括住整个单元格，从这里起后面的内容无法正确分列。',
          fix: '内容本身含有英文双引号时，请把整个单元格用英文双引号括起来，并把内容里的每个 " 写成两个 ""（例如 "他说""好"""），或改用中文引号“”。用 Excel/WPS 另存为 CSV 时会自动处理。',
          en: 'malformed quoted field: text after the closing quote',
        }
      : {
          message:
            '这个单元格以英文双引号 " 开头，但直到文件末尾都没有配对的结束引号，后面的内容都被当成了这一格。',
          fix: QUOTE_FIX,
          en: 'unterminated quoted field',
        }),
  }));
  const rows = result.data;
  const header = (rows[0] ?? []).map((h) => h.replace(/^\uFEFF/, '').trim());
  const records: CsvRecord[] = [];
  for (let i = 1; i < rows.length; i++) {
    const cells = rows[i] ?? [];
    if (isBlank(cells)) continue;
    records.push({ line: i + 1, cells });
  }
  return { header, records, problems };
}

/**
 * Where the end of `prefix` (the start of a file) falls, as Excel numbers it: the row (header =
 * 1) and the 1-based column of the cell being written there. Used to point at a bad byte.
 */
export function endOf(prefix: string): { line: number; column: number } {
  const rows = papaparse(prefix).data;
  const last = rows[rows.length - 1];
  return { line: Math.max(1, rows.length), column: Math.max(1, last?.length ?? 1) };
}
