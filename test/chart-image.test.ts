// chartImageSvg + svgToPng: the chart a reader downloads or the Word report embeds.
import { describe, expect, it, vi } from 'vitest';
import { createElement } from 'react';
import { Resvg } from '@resvg/resvg-js';
import { renderChartSvg } from '../src/lib/charts/render-svg.ts';
import { chartImageSvg, svgSize, svgToPng, wrapLine } from '../src/lib/charts/chart-image.ts';
import { IndicatorChart } from '../src/components/charts/IndicatorChart.tsx';
import { chartSeries } from '../src/lib/series.ts';
import { readBuildContext, setBuildContext } from '../src/lib/build-context.ts';

const chart = () =>
  renderChartSvg(
    createElement(IndicatorChart, {
      points: chartSeries(
        {
          baseline: 3500,
          target: 3800,
          targetMax: null,
          comparator: '>=',
          measure: 'annual',
          binding: false,
          percent: false,
        },
        [
          { year: 2025, value: 3500, provisional: false },
          { year: 2026, value: 3620, provisional: true },
        ],
        { baselineYear: 2025, startYear: 2026, endYear: 2030 },
      ),
      target: 3800,
      targetMax: null,
      unit: '批次/年',
      title: '药品抽检数量',
      description: '测试',
      labels: {
        actual: '实际值',
        planned: '规划路径',
        target: '2030年目标',
        provisional: '初步数',
        year: (y) => `${y}年`,
        value: (v) => v.toLocaleString('zh-CN'),
      },
    }),
  );

describe('chart images', () => {
  it('frames the chart with its title, unit and footer lines, escaped, in one SVG', async () => {
    const svg = chartImageSvg(await chart(), {
      title: '药品抽检数量 <含区抽> & 实际值',
      subtitle: '单位：批次/年 · 2030 年目标 ≥ 3800',
      footer: ['来源：药品抽检年报', '数据截至 2026-11-25'],
    });
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('药品抽检数量 &lt;含区抽&gt; &amp; 实际值');
    expect(svg).toContain('单位：批次/年 · 2030 年目标 ≥ 3800');
    expect(svg).toContain('数据截至 2026-11-25');
    const inner = await chart();
    expect(svgSize(svg).width).toBe(Math.round(svgSize(inner).width + 48));
    expect(svgSize(svg).height).toBeGreaterThan(svgSize(inner).height + 80);
  });

  it('renders it to a PNG at twice its size, with the title drawn (not blank) above the chart', async () => {
    const svg = chartImageSvg(await chart(), { title: '药品抽检数量', footer: ['来源：年报'] });
    const png = svgToPng(svg, 2);
    expect(Buffer.from(png.subarray(1, 4)).toString('latin1')).toBe('PNG');
    const view = new DataView(png.buffer, png.byteOffset);
    const { width, height } = svgSize(svg);
    expect(view.getUint32(16)).toBe(Math.round(width * 2));
    expect(Math.abs(view.getUint32(20) - height * 2)).toBeLessThanOrEqual(2);
    // The title band (y 24–50 at 1×) holds dark pixels; an empty band would be all white.
    const pixels = new Resvg(svg, {
      fitTo: { mode: 'zoom', value: 1 },
      background: '#fff',
    }).render().pixels;
    let dark = 0;
    for (let y = 24; y < 50; y++)
      for (let x = 24; x < 200; x++) if ((pixels[(y * width + x) * 4] ?? 255) < 128) dark++;
    expect(dark).toBeGreaterThan(100);
  });
});

describe('chart PNG cache', () => {
  it('renders an SVG once: the PNG is kept by its hash and the next build reads the same bytes', async () => {
    const { mkdtempSync, readdirSync, rmSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const path = await import('node:path');
    const dir = mkdtempSync(path.join(tmpdir(), 'plan-png-cache-'));
    try {
      setBuildContext(readBuildContext({ ...process.env, PLAN_CHART_CACHE: dir }, process.cwd()));
      vi.resetModules();
      const first = await import('../src/lib/charts/chart-image.ts');
      const svg = first.chartImageSvg(await chart(), { title: '缓存', footer: ['来源'] });
      const png = first.svgToPng(svg);
      const files = readdirSync(dir);
      expect(files).toHaveLength(1);
      expect(files[0]).toMatch(/^[0-9a-f]{64}\.png$/);
      // A fresh module (the next build) takes the kept file: mark it to see that it was read.
      const marked = new Uint8Array([...png, 0]);
      writeFileSync(path.join(dir, files[0]!), marked);
      vi.resetModules();
      const second = await import('../src/lib/charts/chart-image.ts');
      expect(second.svgToPng(svg)).toEqual(marked);
      expect(second.svgToPng(svg.replace('缓存', '缓存2'))).not.toEqual(marked);
      expect(readdirSync(dir)).toHaveLength(2);
    } finally {
      setBuildContext(readBuildContext(process.env, process.cwd()));
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('wrapLine', () => {
  it('breaks English at spaces and Chinese between characters, each piece within the width', () => {
    // 13 px: a Latin letter ≈ 7.28 px (20 to 150 px), a CJK character 13 px (10 to 130 px).
    expect(wrapLine('Source: Tianjin 15th Five-Year Plan for Drug Safety', 13, 150)).toEqual([
      'Source: Tianjin 15th',
      'Five-Year Plan for',
      'Drug Safety',
    ]);
    expect(wrapLine('来源：天津市药品安全及促进高质量发展规划', 13, 130)).toEqual([
      '来源：天津市药品安全',
      '及促进高质量发展规划',
    ]);
    expect(wrapLine('短', 13, 130)).toEqual(['短']);
  });
});
