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

export function parseCsv(text: string): ParsedCsv {
  const result = Papa.parse<string[]>(text, {
    header: false,
    delimiter: ',',
    skipEmptyLines: false,
  });
  const problems: CsvProblem[] = [];
  for (const err of result.errors) {
    if (err.code === 'MissingQuotes' || err.code === 'InvalidQuotes') {
      const row = typeof err.row === 'number' ? err.row : 0;
      const fields = result.data[row]?.length ?? 1;
      problems.push({
        line: row + 1,
        column: fields,
        message:
          '这个单元格以英文双引号 " 开头，但直到文件末尾都没有配对的结束引号，后面的内容都被当成了这一格。',
        fix: '请补上结束的双引号，或删去多余的引号；单元格内容里要写英文双引号时，请写成两个 ""。用 Excel/WPS 另存为 CSV 时会自动处理。',
        en: 'unterminated quoted field',
      });
    }
  }
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
