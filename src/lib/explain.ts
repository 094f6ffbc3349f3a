/**
 * The progress rules in words: the sentence that says how a status was reached (the `rule` of
 * an assessment, printed on the indicator page, in the reports and dist/api), written from the
 * engine's Basis (src/lib/progress/basis.ts) with the words of src/i18n/explain.ts.
 */
import { RULE_WORDS } from '../i18n/explain.ts';
import type { Lang } from '../i18n/ui.ts';
import type { Basis } from './progress/basis.ts';

/** The sentence for one assessment's Basis, in `lang`. */
export function explainRule(b: Basis, lang: Lang): string {
  const w = RULE_WORDS[lang];
  switch (b.case) {
    case 'no-data':
      return w.noData(b);
    case 'level-met':
      return w.levelMet(b, w.kind(b.measure));
    case 'level-missed':
      return w.levelMissed(b, w.kind(b.measure));
    case 'level-single':
      return w.levelSingle(b, w.kind(b.measure));
    case 'level-maintain':
      return w.levelMaintain(b, w.kind(b.measure), w.start(b));
    case 'level-path':
      return w.levelPath(b, w.kind(b.measure), w.start(b), w.band(b.band));
    case 'cumulative-met':
      return w.cumulativeMet(b);
    case 'cumulative-missed':
      return w.cumulativeMissed(b);
    case 'cumulative-path':
      return w.cumulativePath(b, w.band(b.band));
    case 'average-final':
      return w.averageFinal(b, w.mean(b));
    case 'average-infeasible':
      return w.averageInfeasible(b, w.mean(b), w.needed(b));
    case 'average-met':
      return w.averageMet(b, w.mean(b), w.needed(b));
    case 'average-below':
      return w.averageBelow(b, w.mean(b), w.needed(b), w.band(b.band));
  }
}
