/**
 * data:fix's view of a CSV text: every cell with the offsets of its raw text, so a changed cell
 * can be spliced into the original and everything else stays byte for byte.
 */
import Papa from 'papaparse';

export interface Field {
  /** Offsets of the cell's raw text, quotes included. */
  start: number;
  end: number;
  value: string;
}

/**
 * Split CSV text into cells with their offsets, the way papaparse reads it (comma, double quotes,
 * `""` inside quotes, the line break papaparse detected). Null when a quote is not closed
 * properly; the caller also checks that the cells equal papaparse's before editing anything.
 */
function tokenize(text: string, newline: string): Field[][] | null {
  const rows: Field[][] = [];
  if (text === '') return rows;
  let row: Field[] = [];
  let i = 0;
  for (;;) {
    const start = i;
    let value: string;
    if (text[i] === '"') {
      value = '';
      let j = i + 1;
      for (;;) {
        const k = text.indexOf('"', j);
        if (k < 0) return null;
        value += text.slice(j, k);
        if (text[k + 1] === '"') {
          value += '"';
          j = k + 2;
          continue;
        }
        i = k + 1;
        break;
      }
      if (!(i === text.length || text[i] === ',' || text.startsWith(newline, i))) return null;
    } else {
      const comma = text.indexOf(',', i);
      const nl = text.indexOf(newline, i);
      const end = Math.min(comma < 0 ? text.length : comma, nl < 0 ? text.length : nl);
      value = text.slice(i, end);
      i = end;
    }
    row.push({ start, end: i, value });
    if (i === text.length) break;
    if (text[i] === ',') {
      i += 1;
      continue;
    }
    rows.push(row);
    row = [];
    i += newline.length;
  }
  rows.push(row);
  return rows;
}

/** Cells with offsets, or null when the text cannot be edited cell by cell safely. */
export function cellsOf(text: string): Field[][] | null {
  const parsed = Papa.parse<string[]>(text, {
    header: false,
    delimiter: ',',
    skipEmptyLines: false,
  });
  if (parsed.errors.length > 0) return null;
  const rows = tokenize(text, parsed.meta.linebreak || '\n');
  if (!rows || rows.length !== parsed.data.length) return null;
  const same = rows.every((row, r) => {
    const theirs = parsed.data[r] ?? [];
    return row.length === theirs.length && row.every((f, c) => f.value === theirs[c]);
  });
  return same ? rows : null;
}
