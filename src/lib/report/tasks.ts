/**
 * Sections 三 (重点任务和重大工程) and 四 (“3+3”平台和“四重”服务) of the monitoring report: each
 * programme's quantified targets and deliverables as of the report year, with dates and evidence;
 * each platform's capabilities by state; the 四重 catalogue counted by kind and status.
 */
import type { MilestoneRow } from '../../schemas/index.ts';
import { DELIVERABLE_STATUS, type DeliverableStatus } from '../../schemas/milestone.ts';
import { CAPABILITY_STATUS, type CapabilityStatus } from '../../schemas/platform-capability.ts';
import { KEY_ITEM_KIND, KEY_ITEM_STATUS } from '../../schemas/key-item.ts';
import type { KeyItemKind, KeyItemStatus } from '../../schemas/key-item.ts';
import {
  CAPABILITY_STATUS_EN,
  DELIVERABLE_STATUS_EN,
  KEY_ITEM_KIND_EN,
  KEY_ITEM_STATUS_EN,
} from '../../i18n/ui.ts';
import { statusLabel } from '../status-display.ts';
import { milestoneTarget, withUnit } from '../view.ts';
import { formatDateEn, formatDateZh } from '../format.ts';
import { commentaryBlocks, commentaryText, type Cell, type Outline } from './blocks.ts';
import { awaitingText, key, labelled, type ReportContext } from './indicators.ts';

const SECTIONS = ['highlights', 'progress', 'problems', 'next-steps'] as const;

/** A deliverable as the year-end saw it: done only if its done_on is by then. */
export function deliverableAsOf(m: MilestoneRow, year: number): DeliverableStatus {
  if (m.status === 'done')
    return m.done_on !== null && m.done_on <= `${year}-12-31` ? 'done' : 'in-progress';
  return (m.status as DeliverableStatus | null) ?? 'not-started';
}

function hasText(c: ReportContext, scope: 'programme' | 'platform'): boolean {
  return c.data.commentary.some((r) => r.year === c.year && r.scope === scope);
}

function milestoneRow(c: ReportContext, m: MilestoneRow): Cell[] {
  const zh = c.lang === 'zh';
  const date = (iso: string) => (zh ? formatDateZh(iso) : formatDateEn(iso));
  const title = zh ? m.title_zh : m.title_en;
  if (m.kind === 'quantity') {
    const a = c.assessed.milestones.get(m.id)?.assessment;
    const status = a?.status ?? 'no-data';
    const latest =
      a?.currentValue != null && a.latestYear != null
        ? `${withUnit(a.currentValue, m.unit_zh ?? '')}（${a.latestYear}）`
        : '—';
    return [
      title,
      c.ui.quantity,
      `${milestoneTarget(m) ?? '—'}${m.due_year ? ` · ${m.due_year}` : ''}`,
      { status, text: statusLabel(status, c.lang) },
      latest,
    ];
  }
  const s = deliverableAsOf(m, c.year);
  const evidence = [
    s === 'done' && m.done_on ? date(m.done_on) : '',
    s === 'done' && m.evidence_url ? m.evidence_url : '',
  ]
    .filter(Boolean)
    .join(' · ');
  return [
    title,
    c.ui.deliverable,
    m.due_year ? String(m.due_year) : '—',
    {
      status: s === 'done' ? 'achieved' : s === 'in-progress' ? 'on-track' : 'no-data',
      text: zh ? DELIVERABLE_STATUS[s] : DELIVERABLE_STATUS_EN[s],
    },
    evidence || '—',
  ];
}

/** 三、重点任务和重大工程推进情况. */
export function programmeSection(c: ReportContext, o: Outline): void {
  const zh = c.lang === 'zh';
  o.heading(1, c.ui.s3);
  const any = hasText(c, 'programme');
  if (!any)
    o.add(
      ...commentaryBlocks(
        [],
        awaitingText(c, zh ? '各专栏推进情况分析' : 'analysis of each programme'),
      ),
    );
  for (const p of [...c.data.programmes].sort((a, b) => a.column_no - b.column_no)) {
    const own = c.data.milestones.filter((m) => m.programme_id === p.id);
    const qty = own.filter((m) => m.kind === 'quantity');
    const del = own.filter((m) => m.kind === 'deliverable');
    const count = (s: DeliverableStatus) =>
      del.filter((m) => deliverableAsOf(m, c.year) === s).length;
    const withData = qty.filter(
      (m) => (c.assessed.milestones.get(m.id)?.assessment.status ?? 'no-data') !== 'no-data',
    ).length;
    o.heading(
      2,
      zh ? `专栏${p.column_no}\u3000${p.title_zh}` : `Column ${p.column_no}: ${p.title_en}`,
    );
    o.add({
      kind: 'para',
      text: zh
        ? `量化目标 ${qty.length} 项，其中有数据 ${withData} 项；成果事项 ${del.length} 项，截至${c.year}年底已完成 ${count('done')} 项、推进中 ${count('in-progress')} 项、未开始 ${count('not-started')} 项。`
        : `${qty.length} quantified targets, ${withData} with data; ${del.length} deliverables: by the end of ${c.year} ${count('done')} done, ${count('in-progress')} in progress, ${count('not-started')} not started.`,
    });
    for (const s of SECTIONS)
      o.add(
        ...commentaryBlocks(
          labelled(c, commentaryText(c.data.commentary, key(c, 'programme', p.id, s), c.lang), s),
          null,
        ),
      );
    if (own.length)
      o.add({
        kind: 'table',
        caption: c.ui.programmeTable(p.column_no),
        head: [
          c.ui.item,
          c.ui.kind,
          zh ? '目标 · 时限' : 'Target · due',
          c.ui.progressCol,
          c.ui.evidence,
        ],
        rows: [...qty, ...del].map((m) => milestoneRow(c, m)),
        widths: [36, 14, 16, 15, 19],
      });
  }
}

/** 四、“3+3”平台建设和“四重”服务: the capability matrix transposed (one row per platform). */
export function platformSection(c: ReportContext, o: Outline): void {
  const zh = c.lang === 'zh';
  const label = (s: CapabilityStatus) => (zh ? CAPABILITY_STATUS[s] : CAPABILITY_STATUS_EN[s]);
  const states: CapabilityStatus[] = ['operating', 'building', 'planned'];
  o.heading(1, c.ui.s4);
  o.heading(2, c.ui.s4a);
  const platforms = [...c.data.platforms].sort((a, b) => a.seq - b.seq);
  o.add({
    kind: 'table',
    caption: c.ui.capabilityTable,
    head: [c.ui.platform, ...states.map(label)],
    rows: platforms.map((p) => [
      zh ? p.name_zh : p.name_en,
      ...states.map(
        (s) =>
          c.data.capabilities
            .filter((x) => x.platform_id === p.id && x.status === s)
            .map((x) => (zh ? x.capability_zh : x.capability_en))
            .join(zh ? '、' : '; ') || '—',
      ),
    ]),
    widths: [28, 24, 24, 24],
  });
  const texts = platforms.flatMap((p) =>
    SECTIONS.flatMap((s) =>
      commentaryText(c.data.commentary, key(c, 'platform', p.id, s), c.lang).map((t) =>
        zh
          ? `${p.name_zh}（${c.ui.sections[s]}）：${t}`
          : `${p.name_en} (${c.ui.sections[s]}): ${t}`,
      ),
    ),
  );
  o.add(
    ...commentaryBlocks(
      texts,
      hasText(c, 'platform')
        ? null
        : awaitingText(c, zh ? '平台建设情况分析' : 'analysis of the platforms'),
    ),
  );
  o.heading(2, c.ui.s4b);
  const kinds = Object.keys(KEY_ITEM_KIND) as KeyItemKind[];
  const statuses = Object.keys(KEY_ITEM_STATUS) as KeyItemStatus[];
  const listedBy = (k: KeyItemKind) =>
    c.data.keyItems.filter(
      (i) => i.kind === k && (i.listed_on === null || i.listed_on <= `${c.year}-12-31`),
    );
  if (!c.data.keyItems.length) {
    o.add({
      kind: 'para',
      text: zh
        ? '“四重”目录尚未公布入选项目，暂无统计。'
        : 'No item of the “four key” catalogue has been published yet.',
    });
    return;
  }
  o.add({
    kind: 'table',
    caption: c.ui.keyItemTable,
    head: [
      c.ui.kind,
      ...statuses.map((s) => (zh ? KEY_ITEM_STATUS[s] : KEY_ITEM_STATUS_EN[s])),
      zh ? '合计' : 'Total',
    ],
    rows: kinds.map((k) => {
      const items = listedBy(k);
      return [
        zh ? KEY_ITEM_KIND[k] : KEY_ITEM_KIND_EN[k],
        ...statuses.map((s) => String(items.filter((i) => i.status === s).length)),
        String(items.length),
      ];
    }),
    numeric: [1, 2, 3, 4, 5],
    widths: [24, 15, 15, 15, 15, 16],
  });
}
