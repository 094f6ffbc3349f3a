/**
 * Text in the indicator chart without measuring it: a rough width (to lay out axes and the
 * legend) and the marker tooltip, in Chinese or English punctuation by the year label's script.
 */
import { chartUi } from '../../i18n/charts.ts';
import { FONT_SIZE } from './chart-style.ts';
import { isPercentSign } from '../format.ts';

export const hasCjk = (s: string) => /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/.test(s);

/** Rough text width at FONT_SIZE: enough to lay out axes and the legend without measuring. */
export function estimateTextWidth(text: string, fontSize = FONT_SIZE): number {
  let w = 0;
  for (const ch of text) {
    if (hasCjk(ch)) w += 1;
    else if (/[.,:;'!|il ]/.test(ch)) w += 0.32;
    else if (/[A-Z%mwMW]/.test(ch)) w += 0.72;
    else w += 0.58;
  }
  return Math.ceil(w * fontSize);
}

export interface PointText {
  year: number;
  value: number;
  provisional: boolean;
}

/**
 * A marker's tooltip: `labels.point` where given, else e.g. `2026年：3600 批次/年（初步数）`; `: ` and ` (…)` instead when the
 * year label has no Chinese characters.
 */
export function pointTitle(
  labels: {
    year: (y: number) => string;
    value: (v: number) => string;
    provisional: string;
    point?: (p: PointText) => string;
  },
  unit: string,
  p: PointText,
): string {
  if (labels.point) return labels.point(p);
  const year = labels.year(p.year);
  const ui = chartUi(hasCjk(year) ? 'zh' : 'en');
  const value = labels.value(p.value);
  const withUnit = unit === '' ? value : isPercentSign(unit) ? `${value}%` : `${value} ${unit}`;
  const note = p.provisional ? ui.pointNote(labels.provisional) : '';
  return `${year}${ui.pointSep}${withUnit}${note}`;
}
