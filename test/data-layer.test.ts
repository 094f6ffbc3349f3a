/**
 * The loader's parts on their own: uniqueness on parsed values, the % rule, the table of file
 * facts' column kinds, typo detection and the message catalogue. Hand-computed expectations.
 */
import { describe, expect, it } from 'vitest';
import { checkUnique, uniqueKey } from '../src/lib/data/cross-file-unique.ts';
import { editDistance, similar } from '../src/lib/data/edit-distance.ts';
import type { DataIssue } from '../src/lib/data/issues.ts';
import { messageOf } from '../src/lib/data/messages.ts';
import { validateDataset } from '../src/lib/data/validate-dataset.ts';
import { FILE_SPECS, type FileSpec } from '../src/schemas/index.ts';
import { isPercentUnit, percentAllowed, typedWithPercent } from '../src/schemas/percent.ts';
import { cellKind, num, optionalText, requiredInt } from '../src/schemas/fields.ts';
import { overlayFiles } from './helpers/fixtures.ts';

const specOf = (file: string) => FILE_SPECS.find((s) => s.file === file) as FileSpec;
const bytes = (text: string) => new TextEncoder().encode(text);

/** Rows as the schema parses them, located at lines 2, 3, … */
function located(spec: FileSpec, raws: Record<string, string>[]) {
  return raws.map((raw, i) => {
    const row: Record<string, unknown> = {};
    for (const [c, v] of Object.entries(raw)) {
      const r = spec.schema.shape[c]?.safeParse(v);
      if (r?.success) row[c] = r.data;
    }
    return { line: i + 2, row, raw };
  });
}

describe('uniqueness keys on parsed values', () => {
  it('uniqueKey: numbers by value, a cell that did not parse gives no key', () => {
    expect(uniqueKey({ measure_id: 'T01', year: 2026 }, ['measure_id', 'year'])).toBe(
      '["T01",2026]',
    );
    expect(uniqueKey({ measure_id: 'T01' }, ['measure_id', 'year'])).toBeNull();
  });

  it('` 2026`, `２０２６` and `2026` are one year; `1.0` and `1` one seq (messages keep the typed text)', () => {
    const issues: DataIssue[] = [];
    const obs = specOf('observations.csv');
    const rows = located(obs, [
      { measure_id: 'T01', year: '2026' },
      { measure_id: 'T01', year: ' 2026' },
      { measure_id: 'T01', year: '２０２６' },
      { measure_id: 'T01', year: '2027' },
    ]);
    checkUnique(obs, rows, 'data/observations.csv', (i) => issues.push(i));
    expect(issues.map((i) => [i.line, i.column, i.field, i.message])).toEqual([
      [3, 2, 'measure_id+year', 'measure_id=T01，year=2026 与第 2 行重复。'],
      [4, 2, 'measure_id+year', 'measure_id=T01，year=2026（填写为“２０２６”） 与第 2 行重复。'],
    ]);

    const seq: DataIssue[] = [];
    const ind = specOf('indicators.csv');
    checkUnique(
      ind,
      located(ind, [
        { id: 'A', seq: '1' },
        { id: 'B', seq: '1.0' },
      ]),
      'data/indicators.csv',
      (i) => seq.push(i),
    );
    expect(seq.map((i) => [i.line, i.column, i.message])).toEqual([
      [3, 2, 'seq=1（填写为“1.0”） 与第 2 行重复。'],
    ]);
  });

  it('validateDataset reports a year typed with a space as a duplicate, at its line and column', () => {
    const files = overlayFiles();
    const text = new TextDecoder().decode(files['observations.csv']);
    const line = text.split('\n')[2] ?? '';
    const again = line.replace(',2026,', ', 2026 ,');
    const result = validateDataset({
      ...files,
      'observations.csv': bytes(`${text.trimEnd()}\n${again}\n`),
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const rows = text.trimEnd().split('\n').length;
    expect(result.issues.map((i) => [i.file, i.line, i.column, i.field, i.en])).toEqual([
      [
        'data/observations.csv',
        rows + 1,
        2,
        'measure_id+year',
        'duplicate measure_id+year (first at line 3)',
      ],
    ]);
  });
});

describe('the % rule', () => {
  it('a unit is a percentage when it holds a %', () => {
    expect(isPercentUnit('%')).toBe(true);
    expect(isPercentUnit('%（累计）')).toBe(true);
    expect(isPercentUnit('批次/年')).toBe(false);
    expect(isPercentUnit(null)).toBe(false);
  });

  it('a % is allowed in a numeric column of a row whose unit is a percentage, nowhere else', () => {
    const obs = specOf('observations.csv');
    expect(percentAllowed(obs, 'value', '%')).toBe(true);
    expect(percentAllowed(obs, 'value', '批次/年')).toBe(false);
    expect(percentAllowed(obs, 'value', null)).toBe(false);
    expect(percentAllowed(obs, 'year', '%')).toBe(false);
    expect(percentAllowed(specOf('status-thresholds.csv'), 'value', '%')).toBe(false);
  });

  it('a cell is typed with a % when it is a number ending in % or ％', () => {
    expect(typedWithPercent('99.5%')).toBe(true);
    expect(typedWithPercent(' ９９．５％ ')).toBe(true);
    expect(typedWithPercent('99.5')).toBe(false);
    expect(typedWithPercent('abc%')).toBe(false);
    expect(typedWithPercent('')).toBe(false);
  });
});

describe('the table of file facts: column kinds', () => {
  it('each builder declares its kind, seen through .transform and .default', () => {
    expect(cellKind(num())).toBe('number');
    expect(cellKind(requiredInt(1, 9))).toBe('integer');
    expect(cellKind(optionalText(10).default(null))).toBe('text');
  });

  it('every column of every file has a kind, and the % columns are number columns', () => {
    for (const spec of FILE_SPECS) {
      expect(Object.keys(spec.kinds)).toEqual([...spec.columns]);
      for (const c of spec.numeric) expect(spec.kinds[c]).toBe('number');
    }
    expect(specOf('observations.csv').kinds).toEqual({
      measure_id: 'id',
      year: 'integer',
      value: 'number',
      status: 'enum',
      as_of: 'date',
      source_zh: 'text',
      source_url: 'url',
      note_zh: 'text',
    });
  });
});

describe('typo detection', () => {
  it('edit distance, by hand', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('unit_zh', 'unit_zh')).toBe(0);
  });

  it('similar: case, _ - and spaces ignored, one edit or a plural apart', () => {
    expect(similar('unit_zh', 'Unit ZH')).toBe(true);
    expect(similar('indicators.csv', 'indicator.csv')).toBe(true);
    expect(similar('target_value', 'target_valeu')).toBe(false);
    expect(similar('year', 'yaer')).toBe(false);
    expect(similar('status', 'statsu')).toBe(false);
    expect(similar('value', 'valu')).toBe(true);
  });
});

describe('the message catalogue', () => {
  it('a message by code, with the values it names', () => {
    expect(messageOf('missingColumn', { column: 'id', columns: ['id', 'seq'] })).toEqual({
      message: '缺少必需的列 id。',
      fix: '请在表头加上 id（完整表头：id,seq）。',
      en: 'missing column id',
    });
    expect(messageOf('planNoRow').en).toBe('plan.csv needs exactly one row');
  });
});
