/** View model of the overview page: the plan line, the platform cards and the key-item counts. */
import type { Summary } from '../assessments.ts';
import type { Dataset } from '../data/validate-dataset.ts';
import { keyItemKindLabel, planStatusLabel } from '../../i18n/labels.ts';
import { OVERVIEW_UI, type OverviewPlan } from '../../i18n/overview.ts';
import { twinText } from '../../i18n/twin.ts';
import type { Lang } from '../../i18n/ui.ts';
import { KEY_ITEM_KIND, type KeyItemKind } from '../../schemas/key-item.ts';

/** The plan facts the overview's description and lede embed. */
export function overviewPlan(data: Dataset, lang: Lang): OverviewPlan {
  const p = data.plan;
  return {
    title: twinText(p.title_zh, p.title_en, lang),
    start: p.start_year,
    end: p.end_year,
    baseline: p.baseline_year,
    status: planStatusLabel(p.status, lang),
    indicators: data.indicators.length,
    programmes: data.programmes.length,
    milestones: data.milestones.length,
  };
}

export interface PlatformCard {
  id: string;
  name: string;
  /** 6 项功能：已运行 2、建设中 1、规划中 3。 */
  text: string;
}

/** One card per platform of the summary, named in the page's language. */
export function platformCards(summary: Summary, data: Dataset, lang: Lang): PlatformCard[] {
  const o = OVERVIEW_UI[lang];
  return summary.platforms.map((p) => {
    const row = data.platforms.find((x) => x.id === p.id);
    const c = p.capabilities.by_status;
    return {
      id: p.id,
      name: twinText(p.name_zh, row?.name_en, lang),
      text: o.capabilities({ total: p.capabilities.total, ...c }),
    };
  });
}

export interface KindCount {
  kind: KeyItemKind;
  label: string;
  count: number;
}

/** How many catalogue entries there are of each of the four kinds, in the schema's order. */
export function keyItemKindCounts(
  items: readonly { kind: KeyItemKind }[],
  lang: Lang,
): KindCount[] {
  return (Object.keys(KEY_ITEM_KIND) as KeyItemKind[]).map((kind) => ({
    kind,
    label: keyItemKindLabel(kind, lang),
    count: items.filter((i) => i.kind === kind).length,
  }));
}
