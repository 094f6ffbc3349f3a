import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { readDataDir } from '../src/lib/data/read-data-dir.ts';
import { loadDataset, type Dataset } from '../src/lib/data/validate-dataset.ts';
import { buildReport } from '../src/lib/report/model.ts';
import type { Block } from '../src/lib/report/blocks.ts';
import { chineseNumeral, headingNumber } from '../src/i18n/report.ts';
import { FIXTURES } from './helpers/fixtures.ts';

const load = async (name: string): Promise<Dataset> =>
  loadDataset((await readDataDir(path.join(FIXTURES, name))) ?? {});
const opts = { official: false, buildDate: '2028-03-01' };

/** The blocks under the level-1 heading whose text contains `title`, up to the next level-1. */
function section(blocks: Block[], title: string): Block[] {
  const start = blocks.findIndex(
    (b) => b.kind === 'heading' && b.level === 1 && b.text.includes(title),
  );
  if (start < 0) return [];
  const end = blocks.findIndex((b, k) => k > start && b.kind === 'heading' && b.level === 1);
  return blocks.slice(start, end < 0 ? undefined : end);
}
const texts = (blocks: Block[]) =>
  blocks.flatMap((b) => (b.kind === 'para' || b.kind === 'awaiting' ? [b.text] : []));
const headings = (blocks: Block[], level: 1 | 2 | 3) =>
  blocks.flatMap((b) =>
    b.kind === 'heading' && b.level === level ? [`${b.number}${b.text}`] : [],
  );

describe('headingNumber: 公文 numbering', () => {
  it.each([
    [1, '一'],
    [9, '九'],
    [10, '十'],
    [11, '十一'],
    [12, '十二'],
    [20, '二十'],
    [23, '二十三'],
  ])('chineseNumeral(%i) = %s', (n, zh) => expect(chineseNumeral(n)).toBe(zh));

  it('gives 一、 （一） 1. in Chinese and 1. 1.1 1.1.1 in English', () => {
    expect(headingNumber('zh', [2])).toBe('二、');
    expect(headingNumber('zh', [3, 11])).toBe('（十一）');
    expect(headingNumber('zh', [2, 2, 4])).toBe('4.');
    expect(headingNumber('en', [2])).toBe('2. ');
    expect(headingNumber('en', [3, 11])).toBe('3.11 ');
  });
});

describe('buildReport: the structure of a Chinese monitoring report', () => {
  it('has sections 一 to 六 and the two annexes, in order, in both languages', async () => {
    const data = await load('sample');
    const zh = buildReport(data, 2027, 'zh', opts);
    expect(zh.toc.map((t) => t.text)).toEqual([
      '一、总体进展',
      '二、主要指标完成情况',
      '三、重点任务和重大工程推进情况',
      '四、“3+3”平台建设和“四重”服务',
      '五、存在的主要问题',
      '六、下一步工作建议',
      '附件1\u3000主要指标图表',
      '附件2\u3000进度判定方法和逐项判定依据',
    ]);
    const en = buildReport(data, 2027, 'en', opts);
    expect(en.toc.map((t) => t.text.split(' ')[0])).toEqual([
      '1.',
      '2.',
      '3.',
      '4.',
      '5.',
      '6.',
      'Annex',
      'Annex',
    ]);
    // 11 programmes under 三, numbered （一）…（十一）
    expect(headings(section(zh.blocks, '重点任务'), 2).at(-1)).toMatch(/^（十一）专栏12/);
  });

  it('二 lists all 20 indicators, binding and lagging first, with baseline, target, latest, expected, status', async () => {
    const data = await load('sample');
    const r = buildReport(data, 2027, 'zh', opts);
    const table = section(r.blocks, '主要指标完成情况').find((b) => b.kind === 'table');
    if (table?.kind !== 'table') throw new Error('no indicator table');
    expect(table.head).toEqual(['指标', '属性', '基期值', '目标值', '最新值', '应达值', '状态']);
    expect(table.rows).toHaveLength(20);
    // I07 is the one binding target and is behind: first. I05 (behind, E 304) next.
    expect(table.rows[0]?.[1]).toBe('约束性');
    expect(table.rows[1]).toEqual([
      '医疗器械不良事件报告数',
      '预期性',
      '220',
      '≥430',
      '250 份/百万人口（2027年）',
      '304 份/百万人口',
      { status: 'behind', text: '滞后' },
    ]);
  });

  it('puts commentary where section and scope say: an indicator’s problems under it in 二 and gathered in 五', async () => {
    const data = await load('sample');
    const r = buildReport(data, 2027, 'zh', opts);
    const problem = '基层医疗机构报告意识不强';
    const two = texts(section(r.blocks, '主要指标完成情况'));
    expect(two.find((t) => t.includes(problem))).toMatch(/^存在问题：（示例）基层/);
    const five = texts(section(r.blocks, '存在的主要问题'));
    expect(five.find((t) => t.includes(problem))).toMatch(/^（医疗器械不良事件报告数）/);
    // plan-wide problems come first in 五, in file order, one paragraph per line of the cell
    const planProblems = five.filter((t) => /^（示例）一是|^二是/.test(t));
    expect(planProblems).toHaveLength(2);
    expect(texts(section(r.blocks, '总体进展')).some((t) => t.startsWith('主要亮点：'))).toBe(true);
    expect(texts(section(r.blocks, '下一步工作建议')).some((t) => t.includes('基层报告培训'))).toBe(
      true,
    );
    expect(texts(section(r.blocks, '重点任务')).some((t) => t.includes('六大平台'))).toBe(true);
    expect(texts(section(r.blocks, '平台建设')).some((t) => t.startsWith('中药传承'))).toBe(true);
    // 2027's text never appears in another year's report
    const y2026 = buildReport(data, 2026, 'zh', opts);
    expect(texts(y2026.blocks).some((t) => t.includes(problem))).toBe(false);
  });

  it('a draft plan’s report without commentary says which sections await the office’s text', async () => {
    const data = await load('sample');
    const r = buildReport(data, 2026, 'zh', opts);
    const awaiting = r.blocks.flatMap((b) => (b.kind === 'awaiting' ? [b.text] : []));
    expect(awaiting).toEqual([
      '【待规划办补充：主要进展和亮点】',
      '【待规划办补充：各专栏推进情况分析】',
      '【待规划办补充：平台建设情况分析】',
      '【待规划办补充：存在的主要问题】',
      '【待规划办补充：下一步工作建议】',
    ]);
  });

  it('an issued plan’s report leaves the unwritten sections out (no placeholder, no empty 六)', async () => {
    const data = await load('sample-final');
    const r = buildReport(data, 2029, 'zh', opts);
    expect(r.blocks.some((b) => b.kind === 'awaiting')).toBe(false);
    expect(r.toc.map((t) => t.text)).not.toContain('六、下一步工作建议');
    expect(r.notices).toEqual(['本报告由演示数据生成，数值不是官方统计数据。']);
  });

  it('English shows the English text, and the Chinese one marked untranslated where text_en is blank', async () => {
    const data = await load('sample');
    const en = buildReport(data, 2027, 'en', opts);
    expect(texts(en.blocks).some((t) => t.startsWith('Problems: (Sample) Primary-care'))).toBe(
      true,
    );
    const blank = {
      ...data,
      commentary: [{ ...data.commentary[0]!, text_en: null }],
    };
    const r = buildReport(blank, 2027, 'en', opts);
    expect(texts(r.blocks)).toContain(
      `Highlights: (Not yet translated; the Chinese text follows.) ${data.commentary[0]!.text_zh}`,
    );
  });

  it('2028 is the mid-term review and judges “时间过半、任务过半”', async () => {
    const data = await load('sample-final');
    const r = buildReport(data, 2028, 'zh', opts);
    expect(r.title).toBe('2028年中期评估报告');
    expect(texts(section(r.blocks, '总体进展')).join('')).toMatch(
      /按“时间过半、任务过半”的要求，在可计算完成进度.*时间进度 60%/,
    );
  });

  it('四 transposes the capability matrix: one row per platform, one column per state', async () => {
    const data = await load('sample');
    const r = buildReport(data, 2027, 'zh', opts);
    const table = section(r.blocks, '平台建设').find((b) => b.kind === 'table');
    if (table?.kind !== 'table') throw new Error('no capability table');
    expect(table.head).toEqual(['平台', '已运行', '建设中', '规划中']);
    expect(table.rows).toHaveLength(data.platforms.length);
    expect(table.rows[0]?.[1]).toContain('研发创新');
  });
});

describe('buildReport: the final review (总结评估)', () => {
  it('in 2030 every target with a 2030 figure is 已完成 or 未完成; r no longer grades them', async () => {
    const data = await load('sample-final');
    const r = buildReport(data, 2030, 'zh', opts);
    expect(r.title).toBe('2030年总结评估报告');
    const table = section(r.blocks, '主要指标完成情况').find((b) => b.kind === 'table');
    if (table?.kind !== 'table') throw new Error('no indicator table');
    const labels = table.rows.map((row) => {
      const cell = row[6];
      return typeof cell === 'string' ? cell : cell?.text;
    });
    expect(labels.filter((l) => l === '未完成')).toHaveLength(7);
    expect(labels.filter((l) => l === '已完成')).toHaveLength(8);
    expect(labels.filter((l) => l === '提前实现')).toHaveLength(1); // I20, met in 2026
    expect(labels).not.toContain('进度正常');
    expect(labels).not.toContain('快于预期');
    // missed binding targets first (I01, I07), then the missed expected ones in plan order (I04 …)
    expect(table.rows.slice(0, 3).map((row) => row[0])).toEqual([
      '药品抽检数量（含区抽）',
      '天津市药品生产和批发企业实施全品种码级追溯覆盖率',
      '药品不良反应报告数',
    ]);
    expect(texts(section(r.blocks, '总体进展'))[0]).toBe(
      '规划期已结束。有数据的 17 项指标中，已完成 9 项，未完成 7 项（其中约束性指标 2 项）；另有 1 项缺少 2030 年数据，仍按最近一年的数据判断。',
    );
  });
});
