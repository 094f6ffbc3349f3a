// font-subset: the CJK font cut down to one SVG's characters draws the same pixels, much faster.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Resvg } from '@resvg/resvg-js';
import { cmapRanges, subsetFontsFor, svgCharacters } from '../src/lib/charts/font-subset.ts';
import { chartImageSvg, svgSize, svgToPng, svgToPngs } from '../src/lib/charts/chart-image.ts';

const FONT = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';
const hasFont = existsSync(FONT);

const card = (title: string) =>
  chartImageSvg(
    '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="120"><text x="10" y="60" font-size="14">2026年 ≥3800 &amp; 98.5%</text></svg>',
    { title, subtitle: '单位：批次/年', footer: ['来源：专栏1 第1项'] },
  );

describe('svgCharacters', () => {
  it('lists the characters between tags once each, entities decoded, markup and controls left out', () => {
    const svg =
      '<svg font-family="X"><text>药&amp;药 A</text>\n<text>&#x4E00;&#20108;</text></svg>';
    expect(svgCharacters(svg).map((cp) => String.fromCodePoint(cp))).toEqual(
      [' ', '&', 'A', '一', '二', '药'].sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!),
    );
  });
});

describe.runIf(hasFont)('subset fonts for resvg', () => {
  it('reads the SC face of the collection: it maps 药 and Latin, not a private-use code point', async () => {
    const { readFileSync } = await import('node:fs');
    const ranges = cmapRanges(new Uint8Array(readFileSync(FONT)), 2);
    const has = (cp: number) => ranges.some(([a, b]) => cp >= a && cp <= b);
    expect(has('药'.codePointAt(0)!)).toBe(true);
    expect(has('A'.codePointAt(0)!)).toBe(true);
    expect(has(0xe000)).toBe(false);
  });

  it('draws a chart card byte-identical to the whole system font, from a font of a few kilobytes', () => {
    const svg = card('药品抽检数量（含区抽）');
    const fonts = subsetFontsFor(svg);
    expect(fonts).not.toBeNull();
    expect(fonts!.regular.byteLength).toBeLessThan(100_000);
    expect(fonts!.bold.byteLength).toBeLessThan(100_000);
    const whole = new Resvg(svg, {
      fitTo: { mode: 'width', value: svgSize(svg).width * 2 },
      background: '#ffffff',
      font: {
        loadSystemFonts: true,
        defaultFontFamily: 'Noto Sans CJK SC',
        sansSerifFamily: 'Noto Sans CJK SC',
      },
    })
      .render()
      .asPng();
    const png = svgToPng(svg);
    expect(Buffer.from(png).equals(Buffer.from(whole))).toBe(true);
  });

  it('cuts the font once for charts drawing the same characters, whatever their order or markup', () => {
    const first = subsetFontsFor(card('药品抽检 2026'));
    // The same characters in another order and place: the subset made for the first is given.
    const again = subsetFontsFor(card('2026 检抽品药').replace('<svg', '<svg data-x="1"'));
    expect(again).toBe(first);
    // One character more is another font, holding it.
    const other = subsetFontsFor(card('药品抽检 2027'));
    expect(other).not.toBe(first);
    expect(other!.regular.byteLength).toBeGreaterThan(0);
  });

  it('gives no subset when a character is not in the face, so the system fonts draw it', () => {
    expect(subsetFontsFor(card('私用区 \uE000'))).toBeNull();
    expect(svgToPng(card('私用区 \uE000')).byteLength).toBeGreaterThan(1000);
  });

  it('draws many at once on worker threads, each the bytes svgToPng gives it, in order', async () => {
    const svgs = ['药品', '医疗器械', '化妆品', '私用区 \uE000'].map(card);
    const pngs = await svgToPngs(svgs);
    expect(pngs).toHaveLength(4);
    pngs.forEach((png, i) =>
      expect(Buffer.from(png).equals(Buffer.from(svgToPng(svgs[i]!)))).toBe(true),
    );
    expect(new Set(pngs.map((p) => Buffer.from(p).toString('base64'))).size).toBe(4);
  });

  it('a worker that cannot draw an SVG rejects that one with resvg’s reason; the next batch draws', async () => {
    const broken = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><g></svg>';
    await expect(svgToPngs([card('药品'), broken])).rejects.toThrow(/^resvg: /);
    const [png] = await svgToPngs([card('医疗器械')]);
    expect(Buffer.from(png!).equals(Buffer.from(svgToPng(card('医疗器械'))))).toBe(true);
  });
});
