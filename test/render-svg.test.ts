// renderChartSvg + IndicatorChart: the build-time SVG, checked element by element.
import { afterEach, describe, expect, it } from 'vitest';
import { createElement } from 'react';
import { Window } from 'happy-dom';
import { renderChartSvg, lastRemainingStyles } from '../src/lib/charts/render-svg.ts';
import {
  IndicatorChart,
  niceTicks,
  placeTargetLabel,
  type IndicatorChartLabels,
  type IndicatorChartProps,
} from '../src/components/charts/IndicatorChart.tsx';
import { chartSeries } from '../src/lib/series.ts';
import type { TargetSpec } from '../src/lib/progress.ts';

const period = { baselineYear: 2025, startYear: 2026, endYear: 2030 };

const zh: IndicatorChartLabels = {
  actual: '实际值',
  planned: '规划路径',
  target: '2030年目标',
  provisional: '初步数',
  year: (y) => `${y}年`,
  value: (v) => v.toLocaleString('zh-CN'),
};

const annual: TargetSpec = {
  baseline: 3500,
  target: 3800,
  targetMax: null,
  comparator: '>=',
  measure: 'annual',
  binding: false,
  percent: false,
};

/** 2025 baseline (provisional), 2026 final, 2027 provisional: the I01 sample. */
function chartProps(over: Partial<IndicatorChartProps> = {}): IndicatorChartProps {
  return {
    points: chartSeries(
      annual,
      [
        { year: 2025, value: 3500, provisional: true },
        { year: 2026, value: 3600, provisional: false },
        { year: 2027, value: 3700, provisional: true },
      ],
      period,
    ),
    target: 3800,
    targetMax: null,
    unit: '批次/年',
    title: '药品抽检数量（含区抽）',
    description: '2025年基期值 3,500 批次/年，2030年目标 3,800 批次/年。',
    labels: zh,
    ...over,
  };
}

const render = (over: Partial<IndicatorChartProps> = {}) =>
  renderChartSvg(createElement(IndicatorChart, chartProps(over)));

const windows: Window[] = [];
afterEach(async () => {
  for (const w of windows.splice(0)) await w.happyDOM.close();
});

/** Parse markup in a private happy-dom window (no globals) and return the root <svg>. */
function parse(markup: string): Element {
  const win = new Window();
  windows.push(win);
  const doc = win.document as unknown as Document;
  doc.body.innerHTML = markup;
  const svg = doc.body.firstElementChild;
  if (!svg || doc.body.children.length !== 1) throw new Error('expected exactly one element');
  return svg;
}

describe('renderChartSvg with IndicatorChart', () => {
  it('renderChartSvg returns a bare <svg role="img"> with a viewBox and <title>/<desc> first', async () => {
    const markup = await render();
    expect(markup.startsWith('<svg')).toBe(true);
    const svg = parse(markup);
    expect(svg.tagName.toLowerCase()).toBe('svg');
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('viewBox')).toBe('0 0 640 320');
    expect(svg.getAttribute('width')).toBe('640');
    expect(svg.getAttribute('height')).toBe('320');
    expect(svg.hasAttribute('tabindex')).toBe(false);
    const [first, second] = [...svg.children];
    expect(first?.tagName.toLowerCase()).toBe('title');
    expect(first?.textContent).toBe('药品抽检数量（含区抽）');
    expect(second?.tagName.toLowerCase()).toBe('desc');
    expect(second?.textContent).toBe('2025年基期值 3,500 批次/年，2030年目标 3,800 批次/年。');
  });

  it('renderChartSvg honours a custom size in the viewBox', async () => {
    const svg = parse(await render({ width: 480, height: 300 }));
    expect(svg.getAttribute('viewBox')).toBe('0 0 480 300');
  });

  it('renderChartSvg keeps no HTML: no wrapper div, the legend is SVG', async () => {
    const svg = parse(await render());
    expect(svg.querySelector('div, ul, li, span, p')).toBeNull();
    const legend = [...svg.querySelectorAll('.chart-legend text')].map((t) => t.textContent);
    expect(legend).toEqual(['实际值', '初步数', '规划路径', '2030年目标']);
  });

  it('IndicatorChart draws the planned path as a dashed line through every year', async () => {
    const svg = parse(await render());
    const path = svg.querySelector('.chart-planned path');
    expect(path?.getAttribute('stroke-dasharray')).toBe('7 4');
    // Six years, 2025–2030: one move and five line segments.
    expect(path?.getAttribute('d')?.match(/[ML]/g)).toHaveLength(6);
    const actual = svg.querySelector('.chart-actual path');
    expect(actual?.hasAttribute('stroke-dasharray')).toBe(false);
    expect(actual?.getAttribute('d')?.match(/[ML]/g)).toHaveLength(3);
  });

  it('IndicatorChart gives every data marker a <title> with year, value and unit', async () => {
    const svg = parse(await render());
    const titles = [...svg.querySelectorAll('circle.chart-marker > title')].map(
      (t) => t.textContent,
    );
    expect(titles).toEqual([
      '2025年：3,500 批次/年（初步数）',
      '2026年：3,600 批次/年',
      '2027年：3,700 批次/年（初步数）',
    ]);
  });

  it('IndicatorChart draws provisional markers hollow and final ones filled', async () => {
    const svg = parse(await render());
    const markers = [...svg.querySelectorAll('circle.chart-marker')];
    const fills = markers.map((m) => [
      m.classList.contains('chart-marker-provisional'),
      m.getAttribute('fill'),
    ]);
    expect(fills).toEqual([
      [true, '#ffffff'],
      [false, '#1d4ed8'],
      [true, '#ffffff'],
    ]);
    expect(markers[0]?.getAttribute('stroke')).toBe('#1d4ed8');
  });

  it('IndicatorChart draws the target as a labelled reference line at the top tick', async () => {
    const svg = parse(await render());
    const line = svg.querySelector('.chart-target line');
    expect(line?.getAttribute('stroke-dasharray')).toBe('12 4 2 4');
    // The value axis ends at 3,800, so the target line runs along the top of the plot.
    const topTick = [...svg.querySelectorAll('.recharts-yAxis-tick-labels text')].at(-1);
    expect(topTick?.textContent).toBe('3,800');
    expect(line?.getAttribute('y1')).toBe(topTick?.getAttribute('y'));
    expect(svg.querySelector('.chart-target-label')?.textContent).toBe('2030年目标');
    expect(svg.querySelector('.recharts-reference-area')).toBeNull();
  });

  it('IndicatorChart shades a range target between target and targetMax', async () => {
    const svg = parse(await render({ target: 3800, targetMax: 4000 }));
    const area = svg.querySelector('.recharts-reference-area rect, .recharts-reference-area path');
    expect(area).not.toBeNull();
    expect(svg.querySelector('.chart-target line')).not.toBeNull();
  });

  it('IndicatorChart labels years on the x axis and values on the y axis', async () => {
    const svg = parse(await render());
    const years = [...svg.querySelectorAll('.recharts-xAxis-tick-labels text')].map(
      (t) => t.textContent,
    );
    expect(years).toEqual(['2025年', '2026年', '2027年', '2028年', '2029年', '2030年']);
    const values = [...svg.querySelectorAll('.recharts-yAxis-tick-labels text')].map(
      (t) => t.textContent,
    );
    expect(values).toEqual(['3,500', '3,600', '3,700', '3,800']);
    expect(svg.querySelector('.chart-unit')?.textContent).toBe('批次/年');
  });

  it('IndicatorChart uses ": " and " (…)" in marker titles when the labels are English', async () => {
    const labels: IndicatorChartLabels = {
      ...zh,
      provisional: 'provisional',
      year: (y) => String(y),
      value: (v) => v.toLocaleString('en-GB'),
    };
    const svg = parse(await render({ labels, unit: 'batches/year' }));
    const titles = [...svg.querySelectorAll('circle.chart-marker > title')].map(
      (t) => t.textContent,
    );
    expect(titles[0]).toBe('2025: 3,500 batches/year (provisional)');
    expect(titles[1]).toBe('2026: 3,600 batches/year');
  });

  it('renderChartSvg leaves no style attributes and no animation behind', async () => {
    const markup = await render({ targetMax: 4000 });
    expect(markup).not.toMatch(/\sstyle=/);
    expect(lastRemainingStyles).toEqual([]);
    expect(markup).not.toMatch(/<animate|transition|tabindex/);
  });

  it('renderChartSvg prefixes ids per chart and every url(#…) reference resolves', async () => {
    const a = parse(await render());
    const b = parse(await render({ target: 3900 }));
    const idsOf = (svg: Element) => [...svg.querySelectorAll('[id]')].map((e) => e.id);
    const idsA = idsOf(a);
    expect(idsA.length).toBeGreaterThan(0);
    for (const id of idsA) expect(id).toMatch(/^chart-[0-9a-f]{8}-\d+$/);
    expect(idsOf(b).filter((id) => idsA.includes(id))).toEqual([]);
    for (const svg of [a, b]) {
      const refs = [...svg.outerHTML.matchAll(/url\(#([^)]+)\)/g)].map((m) => m[1]);
      for (const ref of refs) expect(idsOf(svg)).toContain(ref);
    }
  });

  it('renderChartSvg gives the same markup for the same chart, call after call', async () => {
    const first = await render();
    for (let i = 0; i < 4; i++) expect(await render()).toBe(first);
  });

  it('renderChartSvg queues concurrent calls and renders each chart completely', async () => {
    const targets = [3800, 3900, 4000];
    const all = await Promise.all(targets.map((target) => render({ target })));
    expect(new Set(all).size).toBe(3);
    for (const [i, target] of targets.entries()) {
      expect(parse(all[i] ?? '').querySelectorAll('circle.chart-marker')).toHaveLength(3);
      expect(all[i]).toBe(await render({ target }));
    }
  });

  it('renderChartSvg without act() (production React) gives the same markup as with act()', async () => {
    const element = createElement(IndicatorChart, chartProps());
    const withAct = await renderChartSvg(element, { scheduler: 'act' });
    const settled = await renderChartSvg(element, { scheduler: 'settle' });
    expect(settled).toBe(withAct);
  });

  it('renderChartSvg renders a chart with no figures yet (path and target only)', async () => {
    const points = chartSeries({ ...annual, measure: 'cumulative', target: 300 }, [], period);
    const svg = parse(await render({ points, target: 300 }));
    expect(svg.querySelectorAll('circle.chart-marker')).toHaveLength(0);
    expect(svg.querySelector('.chart-planned path')).not.toBeNull();
    const legend = [...svg.querySelectorAll('.chart-legend text')].map((t) => t.textContent);
    expect(legend).toEqual(['规划路径', '2030年目标']);
  });
});

describe('renderChartSvg and the global scope', () => {
  it('renderChartSvg leaves no DOM globals behind after many renders', async () => {
    const navigatorBefore = globalThis.navigator;
    for (let i = 0; i < 5; i++) await render({ target: 3800 + i * 100 });
    const g = globalThis as Record<string, unknown>;
    expect(g.document).toBeUndefined();
    expect(g.window).toBeUndefined();
    expect(g.self).toBeUndefined();
    expect(g.HTMLElement).toBeUndefined();
    expect(g.SVGElement).toBeUndefined();
    expect(g.getComputedStyle).toBeUndefined();
    expect(g.requestAnimationFrame).toBeUndefined();
    expect(g.IS_REACT_ACT_ENVIRONMENT).toBeUndefined();
    expect(globalThis.navigator).toBe(navigatorBefore);
  });

  it('renderChartSvg restores the globals when the element is not a chart', async () => {
    await expect(renderChartSvg(createElement('p', null, 'no chart'))).rejects.toThrow(
      /rendered no chart/,
    );
    expect((globalThis as Record<string, unknown>).document).toBeUndefined();
    // The queue keeps working after a failure.
    expect(await render()).toContain('<svg');
  });
});

describe('IndicatorChart layout helpers', () => {
  it('niceTicks covers the range with round steps', () => {
    expect(niceTicks(3500, 3800)).toEqual([3500, 3600, 3700, 3800]);
    expect(niceTicks(0, 62)).toEqual([0, 20, 40, 60, 80]);
    expect(niceTicks(99.2, 100)).toEqual([99.2, 99.4, 99.6, 99.8, 100]);
    expect(niceTicks(0, 10)).toEqual([0, 2.5, 5, 7.5, 10]);
  });

  it('niceTicks keeps whole-number steps for counts', () => {
    expect(niceTicks(0, 10, true)).toEqual([0, 5, 10]);
    expect(niceTicks(0, 3, true)).toEqual([0, 1, 2, 3]);
    expect(niceTicks(195, 205, true)).toEqual([195, 200, 205]);
  });

  it('niceTicks widens a single value into a range', () => {
    expect(niceTicks(0, 0)).toEqual([-1, -0.5, 0, 0.5, 1]);
  });

  const frame = { y: 100, left: 50, right: 600, bottom: 260, textWidth: 80 };

  it('placeTargetLabel puts the label above the line at the left when nothing is there', () => {
    const line = [
      { x: 70, y: 250 },
      { x: 580, y: 100 },
    ];
    expect(placeTargetLabel({ ...frame, lines: [line], markers: [], preferAbove: true })).toEqual({
      side: 'left',
      above: true,
    });
  });

  it('placeTargetLabel moves the label right when the data start on the target line', () => {
    // A "maintain" target: the first marker sits on the line at the left end.
    const markers = [
      { x: 70, y: 100 },
      { x: 180, y: 60 },
    ];
    expect(placeTargetLabel({ ...frame, lines: [markers], markers, preferAbove: true })).toEqual({
      side: 'right',
      above: true,
    });
  });

  it('placeTargetLabel never puts the label below a line that runs along the x axis', () => {
    const line = [
      { x: 70, y: 60 },
      { x: 580, y: 60 },
    ];
    const placement = placeTargetLabel({
      ...frame,
      y: 250,
      lines: [line],
      markers: [],
      preferAbove: false,
    });
    expect(placement.above).toBe(true);
  });
});
