/** CSV downloads that Excel opens without mojibake: UTF-8 with a BOM, CRLF line ends. */
import Papa from 'papaparse';

export function toExcelCsv(rows: Record<string, unknown>[], columns: readonly string[]): string {
  const body = Papa.unparse(
    rows.map((r) => columns.map((c) => (r[c] === null || r[c] === undefined ? '' : String(r[c])))),
    { newline: '\r\n' },
  );
  return `\uFEFF${Papa.unparse([columns as string[]], { newline: '\r\n' })}\r\n${body}${body ? '\r\n' : ''}`;
}

export function csvResponse(text: string): Response {
  return new Response(text, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
