/** Words around figures (latest-value spans, chart labels), keyed by language. */
import type { Lang } from './ui.ts';

const zh = {
  /** The span a latest value covers: （2027年累计） / （至2027年平均） / （2027年）. */
  latestSpan: {
    cumulative: (y: number) => `（${y}年累计）`,
    average: (y: number) => `（至${y}年平均）`,
    other: (y: number) => `（${y}年）`,
  },
  chart: {
    actual: '实际值',
    planned: '规划路径',
    target: (t: string) => `目标 ${t}`,
    provisional: '初步数',
    year: (y: number) => `${y}年`,
    /** A report chart's description for screen readers. */
    reportDescription: (name: string, year: number) => `${name}：截至${year}年的实际值与规划路径。`,
  },
};

const en: typeof zh = {
  latestSpan: {
    cumulative: (y) => ` (total to ${y})`,
    average: (y) => ` (mean to ${y})`,
    other: (y) => ` (${y})`,
  },
  chart: {
    actual: 'Actual',
    planned: 'Planned path',
    target: (t) => `Target ${t}`,
    provisional: 'Provisional',
    year: (y) => String(y),
    reportDescription: (name, year) => `${name}: figures to ${year} against the planned path.`,
  },
};

export const FIGURES_UI: Record<Lang, typeof zh> = { zh, en };
