import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readDataDir } from '../src/lib/data/read-data-dir.ts';
import { loadDataset, type Dataset } from '../src/lib/data/validate-dataset.ts';
import { reportDocxFile } from '../src/lib/report/docx-file.ts';
import { FIXTURES, REPO } from './helpers/fixtures.ts';

const scratch = mkdtempSync(path.join(tmpdir(), 'plan-docx-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** One part of the .docx (a zip), read with the system's unzip. */
const part = (file: string, name: string) =>
  spawnSync('unzip', ['-p', file, name], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).stdout;
const entries = (file: string) =>
  spawnSync('unzip', ['-Z1', file], { encoding: 'utf8' }).stdout.split('\n').filter(Boolean);
/** The text of a WordprocessingML part, paragraph by paragraph. */
const paragraphs = (xml: string) =>
  [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) =>
    [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
  );

let data: Dataset;
let file: string;
let xml: string;
beforeAll(async () => {
  data = loadDataset((await readDataDir(path.join(FIXTURES, 'sample'))) ?? {});
  const bytes = await reportDocxFile(data, 2027, 'zh', {
    official: false,
    buildDate: '2028-03-01',
  });
  file = path.join(scratch, 'report-2027.docx');
  writeFileSync(file, bytes);
  xml = part(file, 'word/document.xml');
});

describe('the Word report (.docx)', () => {
  it('docx: is a Word package with styles, a footer page number and one PNG per chart', () => {
    const names = entries(file);
    expect(names).toEqual(
      expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'word/styles.xml']),
    );
    expect(names.filter((n) => /^word\/media\/.+\.png$/.test(n))).toHaveLength(20);
    expect(xml.match(/<w:drawing>/g)).toHaveLength(20);
    const footers = names.filter((n) => /^word\/footer\d+\.xml$/.test(n)).map((n) => part(file, n));
    expect(footers.some((f) => /<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/.test(f))).toBe(true);
  });

  it('docx: headings use Heading 1–3 (一、（一）1.) and tables are real Word tables', () => {
    const count = (style: string) => xml.split(`<w:pStyle w:val="${style}"/>`).length - 1;
    expect(count('Heading1')).toBe(6); // 一 … 六
    expect(count('AnnexHeading')).toBe(2);
    expect(count('Heading2')).toBe(2 + 2 + 11 + 2); // （一）（二） under 一, 二 and 四; 11 programmes
    const all = paragraphs(xml);
    for (const heading of [
      '一、总体进展',
      '二、主要指标完成情况',
      '（一）指标完成情况总表',
      '六、下一步工作建议',
    ])
      expect(all).toContain(heading);
    expect(all.some((p) => /^1\.天津市药品生产和批发企业/.test(p))).toBe(true);
    // one w:tbl per table of the report: status counts, indicators, 11 programmes, platforms,
    // 四重, the rules annex
    expect(xml.match(/<w:tbl>/g)).toHaveLength(16);
    expect(xml).toMatch(/<w:tblHeader\/>/); // the header row repeats on every page
  });

  it('docx: has every indicator and the office’s commentary in its section', () => {
    const all = paragraphs(xml);
    for (const i of data.indicators) expect(xml, i.id).toContain(i.name_zh);
    const problem = all.findIndex((p) => p.startsWith('存在问题：（示例）基层医疗机构'));
    const two = all.indexOf('二、主要指标完成情况');
    const three = all.indexOf('三、重点任务和重大工程推进情况');
    expect(problem).toBeGreaterThan(two);
    expect(problem).toBeLessThan(three);
    const five = all.indexOf('五、存在的主要问题');
    expect(all.slice(five).some((p) => p.startsWith('（医疗器械不良事件报告数）'))).toBe(true);
    expect(all).toContain('本报告由演示数据生成，数值不是官方统计数据。');
    expect(xml).not.toContain('仅供内部参考');
  });

  it('docx: paragraphs carry styles, not direct formatting (clean to edit)', () => {
    expect(xml).not.toMatch(/<w:rPr>/); // no run formatting in the body
    expect(xml).not.toMatch(/<w:jc /); // no paragraph alignment outside the styles
    const styles = part(file, 'word/styles.xml');
    for (const id of ['Heading1', 'Heading2', 'Heading3', 'BodyText', 'Commentary', 'TableText'])
      expect(styles).toContain(`w:styleId="${id}"`);
    expect(styles).toContain('仿宋_GB2312');
  });

  it('docx: the same data and date give the same bytes (reproducible build)', async () => {
    const again = await reportDocxFile(data, 2027, 'zh', {
      official: false,
      buildDate: '2028-03-01',
    });
    expect(Buffer.from(again).equals(readFileSync(file))).toBe(true);
  });
});

describe('npm run report:docx', () => {
  it('report:docx: writes the English 2027 report of the sample set', () => {
    const out = path.join(scratch, 'en.docx');
    const run = spawnSync(
      process.execPath,
      ['scripts/report-docx.ts', '2027', '--lang', 'en', '--out', out],
      {
        cwd: REPO,
        env: { ...process.env, PLAN_DATA_DIR: path.join(FIXTURES, 'sample') },
        encoding: 'utf8',
      },
    );
    expect(run.status, run.stderr).toBe(0);
    const doc = part(out, 'word/document.xml');
    expect(paragraphs(doc)).toContain('1. Overall progress');
    expect(doc).toContain('Primary-care institutions report little');
  });

  it('report:docx: a year without a report is a clear error, not a stack trace', () => {
    const run = spawnSync(
      process.execPath,
      ['scripts/report-docx.ts', '2029', '--out', path.join(scratch, 'x.docx')],
      {
        cwd: REPO,
        env: { ...process.env, PLAN_DATA_DIR: path.join(FIXTURES, 'sample') },
        encoding: 'utf8',
      },
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('没有 2029 年的报告');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
