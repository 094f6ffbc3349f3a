/** Text → records, with papaparse. Rows keep the number Excel shows (header = row 1). */
import Papa from 'papaparse';
import { messageOf } from './messages.ts';

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
    ...messageOf(invalid ? 'textAfterQuote' : 'unclosedQuote'),
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
