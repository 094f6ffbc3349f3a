/**
 * Cross-file rules of the measures (indicators and milestones) and their observations: a
 * milestone id is not an indicator id; observations only for indicators and quantity milestones,
 * within the plan's years and not dated before their year; a % only where the unit is a
 * percentage (schemas/percent.ts). Unknown ids are reported by cross-file-references.ts.
 */
import { FILE_SPECS } from '../../schemas/index.ts';
import type { IndicatorRow, MilestoneRow, ObservationRow, PlanRow } from '../../schemas/index.ts';
import { trimCell } from '../../schemas/fields.ts';
import { percentAllowed, typedWithPercent } from '../../schemas/percent.ts';
import { columnOf, issueAt, type Add, type Located } from './located.ts';
import { messageOf } from './messages.ts';

export interface MeasureTables {
  indicators: readonly Located<IndicatorRow>[];
  observations: readonly Located<ObservationRow>[];
  milestones: readonly Located<MilestoneRow>[];
  plan: PlanRow | null;
}

export function checkMeasures(t: MeasureTables, where: (f: string) => string, add: Add): void {
  const indicatorIds = new Map(t.indicators.map((i) => [i.row.id, i.row]));
  const milestoneIds = new Map(t.milestones.map((m) => [m.row.id, m.row]));
  const at = (file: string, line: number, field: string) => ({
    file: where(file),
    line,
    column: columnOf(file, field),
    field,
  });

  for (const m of t.milestones) {
    if (indicatorIds.has(m.row.id))
      add(issueAt(at('milestones.csv', m.line, 'id'), messageOf('milestoneIdTaken', m.row)));
    checkPercent('milestones.csv', m, m.row.unit_zh, where, add);
  }
  for (const i of t.indicators) checkPercent('indicators.csv', i, i.row.unit_zh, where, add);

  const firstYear = t.plan ? t.plan.start_year - 5 : null;
  const lastYear = t.plan ? t.plan.end_year : null;
  for (const o of t.observations) {
    const indicator = indicatorIds.get(o.row.measure_id);
    const milestone = milestoneIds.get(o.row.measure_id);
    // Unknown, or its row invalid (both already reported): nothing more to say here.
    if (!indicator && !milestone) continue;
    if (milestone && milestone.kind !== 'quantity') {
      add(
        issueAt(
          at('observations.csv', o.line, 'measure_id'),
          messageOf('observationOnDeliverable', { id: o.row.measure_id }),
        ),
      );
      continue;
    }
    if (
      firstYear !== null &&
      lastYear !== null &&
      (o.row.year < firstYear || o.row.year > lastYear)
    ) {
      add(
        issueAt(
          at('observations.csv', o.line, 'year'),
          messageOf('observationYear', { year: o.row.year, first: firstYear, last: lastYear }),
        ),
      );
      continue;
    }
    if (o.row.as_of < `${o.row.year}-01-01`)
      add(
        issueAt(
          at('observations.csv', o.line, 'as_of'),
          messageOf('asOfBeforeYear', { asOf: o.row.as_of, year: o.row.year }),
        ),
      );
    const unit = indicator ? indicator.unit_zh : (milestone?.unit_zh ?? null);
    checkPercent('observations.csv', o, unit, where, add);
  }
}

/** A % typed in a number cell is fine only where the unit is a percentage. */
function checkPercent(
  file: string,
  located: Located<unknown>,
  unit: string | null,
  where: (f: string) => string,
  add: Add,
) {
  const spec = FILE_SPECS.find((s) => s.file === file);
  if (!spec) return;
  for (const col of spec.numeric) {
    const raw = located.raw[col] ?? '';
    if (percentAllowed(spec, col, unit) || !typedWithPercent(raw)) continue;
    add(
      issueAt(
        {
          file: where(file),
          line: located.line,
          column: spec.columns.indexOf(col) + 1,
          field: col,
        },
        messageOf('percentNotAllowed', { cell: trimCell(raw), unit }),
      ),
    );
  }
}
