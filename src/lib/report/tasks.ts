/**
 * Sections 三 (重点任务和重大工程) and 四 (“3+3”平台和“四重”服务) of the monitoring report: each
 * programme's quantified targets and deliverables as of the report year, with dates and evidence;
 * each platform's capabilities by state; the 四重 catalogue counted by kind and status.
 */
import type { MilestoneRow } from '../../schemas/index.ts';
import type { DeliverableStatus } from '../../schemas/milestone.ts';
import type { CapabilityStatus } from '../../schemas/platform-capability.ts';
import { KEY_ITEM_KIND, KEY_ITEM_STATUS } from '../../schemas/key-item.ts';
import type { KeyItemKind, KeyItemStatus } from '../../schemas/key-item.ts';
import {
  capabilityStatusLabel,
  deliverableStatusLabel,
  keyItemKindLabel,
  keyItemStatusLabel,
} from '../../i18n/labels.ts';
import { REPORT_TASKS_UI } from '../../i18n/report-tasks.ts';
import { twinValue } from '../../i18n/twin.ts';
import { statusLabel } from '../status-display.ts';
import { milestoneTarget, withUnit } from '../view.ts';
import { formatDate } from '../format.ts';
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
  const w = REPORT_TASKS_UI[c.lang];
  const date = (iso: string) => formatDate(iso, c.lang);
  const title = twinValue(m.title_zh, m.title_en, c.lang);
  if (m.kind === 'quantity') {
    const a = c.assessed.milestones.get(m.id)?.assessment;
    const status = a?.status ?? 'no-data';
    const latest =
      a?.currentValue != null && a.latestYear != null
        ? w.latest(withUnit(a.currentValue, m.unit_zh ?? ''), a.latestYear)
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
      text: deliverableStatusLabel(s, c.lang),
    },
    evidence || '—',
  ];
}

/** 三、重点任务和重大工程推进情况. */
export function programmeSection(c: ReportContext, o: Outline): void {
  const w = REPORT_TASKS_UI[c.lang];
  o.heading(1, c.ui.s3);
  const any = hasText(c, 'programme');
  if (!any) o.add(...commentaryBlocks([], awaitingText(c, w.programmesAwaiting)));
  for (const p of [...c.data.programmes].sort((a, b) => a.column_no - b.column_no)) {
    const own = c.data.milestones.filter((m) => m.programme_id === p.id);
    const qty = own.filter((m) => m.kind === 'quantity');
    const del = own.filter((m) => m.kind === 'deliverable');
    const count = (s: DeliverableStatus) =>
      del.filter((m) => deliverableAsOf(m, c.year) === s).length;
    const withData = qty.filter(
      (m) => (c.assessed.milestones.get(m.id)?.assessment.status ?? 'no-data') !== 'no-data',
    ).length;
    o.heading(2, w.programmeHeading(p.column_no, twinValue(p.title_zh, p.title_en, c.lang)));
    o.add({
      kind: 'para',
      text: w.programmeCounts({
        year: c.year,
        quantity: qty.length,
        withData,
        deliverables: del.length,
        done: count('done'),
        inProgress: count('in-progress'),
        notStarted: count('not-started'),
      }),
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
        head: [c.ui.item, c.ui.kind, w.targetDue, c.ui.progressCol, c.ui.evidence],
        rows: [...qty, ...del].map((m) => milestoneRow(c, m)),
        widths: [36, 14, 16, 15, 19],
      });
  }
}

/** 四、“3+3”平台建设和“四重”服务: the capability matrix transposed (one row per platform). */
export function platformSection(c: ReportContext, o: Outline): void {
  const w = REPORT_TASKS_UI[c.lang];
  const label = (s: CapabilityStatus) => capabilityStatusLabel(s, c.lang);
  const name = (p: { name_zh: string; name_en: string }) => twinValue(p.name_zh, p.name_en, c.lang);
  const states: CapabilityStatus[] = ['operating', 'building', 'planned'];
  o.heading(1, c.ui.s4);
  o.heading(2, c.ui.s4a);
  const platforms = [...c.data.platforms].sort((a, b) => a.seq - b.seq);
  o.add({
    kind: 'table',
    caption: c.ui.capabilityTable,
    head: [c.ui.platform, ...states.map(label)],
    rows: platforms.map((p) => [
      name(p),
      ...states.map(
        (s) =>
          c.data.capabilities
            .filter((x) => x.platform_id === p.id && x.status === s)
            .map((x) => twinValue(x.capability_zh, x.capability_en, c.lang))
            .join(w.capabilitySep) || '—',
      ),
    ]),
    widths: [28, 24, 24, 24],
  });
  const texts = platforms.flatMap((p) =>
    SECTIONS.flatMap((s) =>
      commentaryText(c.data.commentary, key(c, 'platform', p.id, s), c.lang).map((t) =>
        w.platformText(name(p), c.ui.sections[s], t),
      ),
    ),
  );
  o.add(
    ...commentaryBlocks(
      texts,
      hasText(c, 'platform') ? null : awaitingText(c, w.platformsAwaiting),
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
      text: w.noKeyItems,
    });
    return;
  }
  o.add({
    kind: 'table',
    caption: c.ui.keyItemTable,
    head: [c.ui.kind, ...statuses.map((s) => keyItemStatusLabel(s, c.lang)), w.total],
    rows: kinds.map((k) => {
      const items = listedBy(k);
      return [
        keyItemKindLabel(k, c.lang),
        ...statuses.map((s) => String(items.filter((i) => i.status === s).length)),
        String(items.length),
      ];
    }),
    numeric: [1, 2, 3, 4, 5],
    widths: [24, 15, 15, 15, 15, 16],
  });
}
