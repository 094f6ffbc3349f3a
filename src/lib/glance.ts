/**
 * “At a glance” view models shared by the overview page and the wall display: status by category
 * as one stacked bar each, the small-multiple tiles of every indicator, the programme progress
 * bars. Pure functions of the site model; statuses come from STATUSES, so a status added to the
 * progress engine shows here without edits.
 */
import type { Lang } from '../i18n/ui.ts';
import { STATUSES, type Status } from './progress.ts';
import type { SiteModel } from './site.ts';
import { indicatorView, type IndicatorView } from './view.ts';
import { laggingOrder } from './reports.ts';
import { needsAttention } from './status-display.ts';

export interface Segment {
  status: Status;
  count: number;
  /** Start and width as shares of the bar, 0–100. */
  x: number;
  width: number;
}

/** A stacked bar: one segment per status with a non-zero count, in STATUSES order. */
export function stackSegments(counts: Partial<Record<Status, number>>): Segment[] {
  const total = STATUSES.reduce((n, s) => n + (counts[s] ?? 0), 0);
  let x = 0;
  const out: Segment[] = [];
  for (const status of STATUSES) {
    const count = counts[status] ?? 0;
    if (count === 0 || total === 0) continue;
    const width = Math.round((count / total) * 10000) / 100;
    out.push({ status, count, x: Math.round(x * 100) / 100, width });
    x += width;
  }
  return out;
}

/** Every indicator's view, in the plan's order (专栏1). */
export function glanceViews(site: SiteModel, lang: Lang): IndicatorView[] {
  const { data, assessed } = site;
  return [...data.indicators]
    .sort((a, b) => a.seq - b.seq)
    .map((i) => indicatorView(i, assessed.indicators.get(i.id), lang, data.plan.end_year));
}

/** The targets that lag (at risk or behind) or, at the plan's end, missed: binding ones first, then the worst first. */
export function laggingViews(views: readonly IndicatorView[]): IndicatorView[] {
  return laggingOrder(views.filter((v) => needsAttention(v.status)));
}

/** Years elapsed of the plan, n / N, from the latest year with figures. */
export function timeElapsed(site: SiteModel): { n: number; N: number } {
  const plan = site.data.plan;
  const latest = site.summary.latest_year;
  return {
    n: latest === null ? 0 : latest - plan.baseline_year,
    N: plan.end_year - plan.baseline_year,
  };
}
