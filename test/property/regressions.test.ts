/**
 * The bugs the hostile-input properties found, each pinned by its minimal counterexample so it
 * stays fixed even if the random search stops reaching it.
 */
import { describe, expect, it } from 'vitest';
import { validateDataset, MAX_ISSUES_PER_FILE } from '../../src/lib/data/validate-dataset.ts';
import { formatIssue, formatReport } from '../../src/lib/data/issues.ts';
import { findPersonalData } from '../../src/lib/data/personal-data.ts';
import { BASE, bounded, bytesOf, text, type Files } from './mutations.ts';

/** The valid fixture with one file's text replaced. */
function withText(file: string, edit: (s: string) => string): Files {
  return { ...BASE, [file]: bytesOf(edit(text(BASE[file]!))) };
}

const issuesOf = (files: Files) => {
  const r = validateDataset(files);
  return r.ok ? [] : r.issues;
};
const where = (files: Files) =>
  issuesOf(files).map((i) => `${i.file}:${i.line}:${i.column} ${i.en}`);

describe('regressions found by the hostile-input properties', () => {
  it('a 1 MB cell of letters or digits is checked in milliseconds (the e-mail pattern backtracked: minutes)', () => {
    // Counterexample: {"file":"indicators.csv","row":1,"col":0,"size":1000000,"unit":"a"}
    for (const unit of ['a', '9', 'a.', '1@']) {
      const cell = unit.repeat(500_000);
      const { cpu } = bounded(() => findPersonalData(cell), 5_000);
      expect(cpu, unit).toBeLessThan(500);
    }
    // Same answers as before on real addresses.
    expect(findPersonalData('请联系 a.b-c@example.gov.cn')).toBe('电子邮箱地址');
    expect(findPersonalData('@example.com')).toBeNull();
    expect(findPersonalData('x@y')).toBeNull();
  });

  it('a line ending in LF inside a CRLF file ends the row, as in Excel (rows were silently joined)', () => {
    // Counterexample: {"kind":"lineEndings","file":"platform-capabilities.csv","endings":["\r\n","\n"]}
    const files = withText('platform-capabilities.csv', (s) => {
      const lines = s.trimEnd().split('\n');
      return lines.map((l, i) => l + (i % 2 === 0 ? '\r\n' : '\n')).join('');
    });
    const mixedCr = withText('observations.csv', (s) =>
      s.replace('\n', '\r\n').replace(/\n(T02)/, '\r$1'),
    );
    const base = validateDataset(BASE);
    for (const f of [files, mixedCr]) {
      const r = validateDataset(f);
      if (!r.ok) throw new Error(formatReport(r.issues));
      expect(base.ok && r.data).toEqual(base.ok && base.data);
    }
  });

  it('one bad byte in a UTF-8 file is pointed at (it was called a GBK file, with no row)', () => {
    // Counterexample: {"file":"indicators.csv","row":0,"col":0,"offset":0,"byte":128}
    const lines = text(BASE['indicators.csv']!).split('\n');
    const head = bytesOf(`${lines.slice(0, 2).join('\n')}\n`);
    const tail = bytesOf(lines.slice(2).join('\n'));
    const bytes = new Uint8Array([...head, 0x80, ...tail]);
    const [issue, ...rest] = issuesOf({ ...BASE, 'indicators.csv': bytes });
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({ file: 'data/indicators.csv', line: 3, column: 1 });
    expect(issue?.message).toContain('0x80');
    expect(issue?.message).not.toContain('GBK');
    // A lead byte cut short is named, not the byte after it; the cell is the one it is in.
    const cut = bytesOf(text(BASE['plan.csv']!).replace('测试规划', '测试\u0000规划'));
    cut[cut.indexOf(0)] = 0xe6;
    expect(where({ ...BASE, 'plan.csv': cut })).toEqual([
      'data/plan.csv:2:2 invalid UTF-8 byte 0xE6 in an otherwise UTF-8 file',
    ]);
  });

  it('a NUL is pointed at; a UTF-16 file without BOM is called UTF-16', () => {
    const nul = withText('programmes.csv', (s) => s.replace('测试改革', '测试\u0000改革'));
    expect(where(nul)).toEqual(['data/programmes.csv:3:4 file contains NUL bytes']);
    const s = text(BASE['plan.csv']!);
    const utf16 = new Uint8Array(s.length * 2);
    for (let i = 0; i < s.length; i++) {
      utf16[2 * i] = s.charCodeAt(i) & 0xff;
      utf16[2 * i + 1] = s.charCodeAt(i) >> 8;
    }
    expect(where({ ...BASE, 'plan.csv': utf16 })).toEqual([
      'data/plan.csv:0:0 file is UTF-16; save as UTF-8 CSV',
    ]);
  });

  it('a quote inside a cell gives one issue that says so (it was reported twice as “no closing quote”)', () => {
    const files = withText('indicators.csv', (s) => s.replace('测试第1项', '"测试"第1项'));
    const issues = issuesOf(files);
    expect(issues.map((i) => `${i.line}:${i.column} ${i.en}`)).toEqual([
      '2:15 malformed quoted field: text after the closing quote',
    ]);
    expect(issues[0]?.message).toContain('配对的引号后面还紧跟着别的字符');
  });

  it('a huge or multi-line column name is shortened to one line (it was echoed in full, 1 MB × 3)', () => {
    // Counterexamples: {"kind":"hugeCell","file":"indicators.csv","row":0,"col":0,"size":1000,"unit":"a"}
    // and {"kind":"setCell","file":"indicators.csv","row":0,"col":0,"value":"\u000e\n\r","quoted":true}
    const huge = withText('indicators.csv', (s) => s.replace('note_en', 'x'.repeat(1_000_000)));
    const unknown = issuesOf(huge).find((i) => i.en.startsWith('unknown column'));
    expect(unknown?.field).toBe(`${'x'.repeat(40)}…`);
    expect(formatIssue(unknown!).length).toBeLessThan(1_000);
    const multiLine = withText('indicators.csv', (s) => s.replace('note_en', '"note\nen"'));
    for (const issue of issuesOf(multiLine)) expect(formatIssue(issue).split('\n')).toHaveLength(4);
  });

  it('a long reference id does not fill the message listing known ids', () => {
    // Counterexample: {"kind":"hugeCell","file":"programmes.csv","row":65392,"col":0,"size":2804,"unit":"a"}
    const files = withText('programmes.csv', (s) => s.replace('P02,2,', `${'a'.repeat(2804)},2,`));
    for (const issue of issuesOf(files)) expect(formatIssue(issue).length).toBeLessThan(1_000);
    const ref = withText('key-items.csv', (s) => s.replace(',tp1,P02,', `,tp1,${'P'.repeat(65)},`));
    expect(where(ref)).toEqual(['data/key-items.csv:2:13 reference must match [A-Za-z0-9-]+']);
  });

  it('a header of a million commas is one issue, and a file is listed at most 100 issues (plus a count)', () => {
    const commas = withText('plan.csv', (s) => s.replace('\n', `${','.repeat(1_000_000)}\n`));
    const { value, cpu } = bounded(() => validateDataset(commas), 10_000);
    expect(cpu).toBeLessThan(2_000);
    expect(value.ok).toBe(false);
    if (value.ok) return;
    expect(value.issues.map((i) => `${i.line}:${i.column} ${i.en}`)).toEqual([
      '1:11 1000000 column(s) without a name',
      '2:11 row has fewer cells than the header',
    ]);
    const garbage = withText('observations.csv', (s) => s + 'x,y\n'.repeat(250));
    const issues = issuesOf(garbage);
    expect(issues).toHaveLength(MAX_ISSUES_PER_FILE + 1);
    expect(issues.at(-1)).toMatchObject({
      line: 106,
      en: '150 more issue(s) in this file not listed',
    });
  });

  it('bidi controls, zero-width space, BOM and control characters inside a cell are refused; ZWJ, tab and line breaks are not', () => {
    const cell = (v: string) =>
      where(withText('programmes.csv', (s) => s.replace('测试攻坚战', `"${v}"`)));
    expect(cell('测试\u202E战')).toEqual([
      'data/programmes.csv:2:4 bidi control character U+202E in cell: displayed order differs from stored order',
    ]);
    expect(cell('测试\u200B战')).toEqual([
      'data/programmes.csv:2:4 invisible character U+200B in cell',
    ]);
    expect(cell('测试\uFEFF战')).toEqual([
      'data/programmes.csv:2:4 invisible character U+FEFF in cell',
    ]);
    expect(cell('测试\u0007战')).toEqual([
      'data/programmes.csv:2:4 control character U+0007 in cell',
    ]);
    expect(cell('测试\u0085战')).toEqual([
      'data/programmes.csv:2:4 control character U+0085 in cell',
    ]);
    expect(cell('👩\u200D⚕️ 测试\t攻坚\n战')).toEqual([]);
    // An id with an invisible character: one issue, and nothing downstream claims it is missing.
    const id = withText('indicators.csv', (s) => s.replace('T01,1,', 'T\u200B01,1,'));
    expect(where(id)).toEqual(['data/indicators.csv:2:1 invisible character U+200B in cell']);
    // The one BOM at the start of a file is fine; a second one is in the first cell.
    expect(where(withText('plan.csv', (s) => `\uFEFF${s}`))).toEqual([]);
    expect(where(withText('plan.csv', (s) => s.replace('\n', '\n\uFEFF')))).toEqual([
      'data/plan.csv:2:1 invisible character U+FEFF in cell',
    ]);
  });
});
