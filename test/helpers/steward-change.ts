/**
 * A year's realistic steward change, typed the way Excel and WPS type it. Applied to a copy of a
 * data directory by the steward-loop test: 2026 figures for every indicator (full-width digits,
 * thousands separators, a trailing `%`, dates like `2026/11/20`), two deliverables marked done with
 * a date and an evidence link, and the plan marked issued — every file saved back with a BOM and
 * CRLF line ends, as Excel's “CSV UTF-8” does. The figures are made up: they live under test/.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';

type Row = Record<string, string>;

function read(dir: string, file: string): { fields: string[]; rows: Row[] } {
  const text = readFileSync(path.join(dir, file), 'utf8').replace(/^\uFEFF/, '');
  const parsed = Papa.parse<Row>(text, { header: true, skipEmptyLines: 'greedy' });
  return { fields: parsed.meta.fields ?? [], rows: parsed.data };
}

/** Write as Excel's “CSV UTF-8” does: BOM, CRLF, quotes only where needed. */
export function writeExcelCsv(dir: string, file: string, fields: string[], rows: Row[]): void {
  const body = Papa.unparse(
    { fields, data: rows.map((r) => fields.map((f) => r[f] ?? '')) },
    {
      newline: '\r\n',
    },
  );
  writeFileSync(path.join(dir, file), `\uFEFF${body}\r\n`);
}

/** Made-up 2026 figures per indicator, as a steward types them (the loader must normalise them). */
const FIGURES_2026: Record<string, string> = {
  I01: '3,620', // thousands separator
  I02: '２０３', // full-width digits
  I03: '216',
  I04: '1,480',
  I05: '251',
  I06: '２０８',
  I07: '98.6%', // trailing percent
  I08: '８５％', // full-width digits and percent sign
  I09: '11',
  I10: '4',
  I11: '1',
  I12: '31',
  I13: '18',
  I14: '53',
  I15: '610',
  I16: '150',
  I17: '3',
  I18: '4',
  I19: '55',
  I20: '100',
};

export interface StewardChange {
  /** Indicator ids that get a 2026 figure. */
  indicators: string[];
  /** The two deliverables marked done. */
  deliverables: string[];
}

/**
 * Apply the change to `dir` in place. Every indicator in the directory gets a 2026 figure (a made-up
 * one where the table above has none), the first two deliverables are marked done.
 */
export function applyStewardChange(dir: string): StewardChange {
  const indicators = read(dir, 'indicators.csv').rows.map((r) => r.id ?? '');
  const obs = read(dir, 'observations.csv');
  indicators.forEach((id, i) => {
    obs.rows.push({
      measure_id: id,
      year: '2026',
      value: FIGURES_2026[id] ?? String(10 + i),
      status: 'provisional',
      as_of: '2026/11/20',
      source_zh: '2026年度统计快报（测试用虚构数据）',
      source_url: '',
      note_zh: '',
    });
  });
  writeExcelCsv(dir, 'observations.csv', obs.fields, obs.rows);

  const ms = read(dir, 'milestones.csv');
  const deliverables: string[] = [];
  for (const row of ms.rows) {
    if (row.kind !== 'deliverable' || deliverables.length === 2) continue;
    row.status = 'done';
    row.done_on = deliverables.length === 0 ? '2026/10/9' : '2026年11月3日';
    row.evidence_url = `https://scjg.tj.gov.cn/example/${row.id}.html`;
    deliverables.push(row.id ?? '');
  }
  writeExcelCsv(dir, 'milestones.csv', ms.fields, ms.rows);

  const plan = read(dir, 'plan.csv');
  for (const row of plan.rows) {
    row.status = 'issued';
    row.issued_on = '2026/6/30';
    if ('document_no' in row) row.document_no = '津药监规〔2026〕1号（测试用）';
  }
  writeExcelCsv(dir, 'plan.csv', plan.fields, plan.rows);
  return { indicators, deliverables };
}

/**
 * A deliberately broken change: a letter in a value, an unknown id, and a second 2026 row for I01
 * whose year is typed in full-width digits. Each line is the row a steward would type.
 */
export function applyBrokenChange(dir: string): void {
  const obs = read(dir, 'observations.csv');
  const row = (measure_id: string, year: string, value: string): Row => ({
    measure_id,
    year,
    value,
    status: 'provisional',
    as_of: '2026-11-20',
    source_zh: '2026年度统计快报（测试用虚构数据）',
    source_url: '',
    note_zh: '',
  });
  obs.rows.push(row('I02', '2026', '2O3'), row('I1', '2026', '10'));
  obs.rows.push(row('I01', '2026', '3620'), row('I01', '２０２６', '3630'));
  writeExcelCsv(dir, 'observations.csv', obs.fields, obs.rows);
}
