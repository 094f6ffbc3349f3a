/**
 * Everything a page needs about the whole site, computed once per build: the validated data,
 * every target's assessment, the roll-ups, and the dates shown in the footer.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { getDataset } from './data/dataset.ts';
import type { Dataset } from './data/validate-dataset.ts';
import {
  assessDataset,
  observationsById,
  summarize,
  type AssessedDataset,
  type Summary,
} from './assessments.ts';
import type { Observation } from './progress.ts';
import { buildApi, type ApiFile } from './api.ts';
import type { IndicatorRow, MilestoneRow, ProgrammeRow, PlatformRow } from '../schemas/index.ts';
import { LANG_PARAMS, UI, langOf } from '../i18n/ui.ts';
import { dataPathspec, gitQuiet } from './git-data.ts';
import { siteIdentity, type SiteIdentity } from './site-identity.ts';
import type { PortalFragments } from './portal-fragments.ts';
import { readPortalFragments } from './data/read-portal.ts';
import { buildContext } from './build-context.ts';

export interface SiteModel {
  data: Dataset;
  assessed: AssessedDataset;
  summary: Summary;
  official: boolean;
  draft: boolean;
  dataDir: string;
  /** The agency's identity from site.csv (every item null when the file is absent). */
  identity: SiteIdentity;
  /** The portal's own header and footer (`<data dir>/portal/*.html`), checked by check:data. */
  portal: PortalFragments;
  /** Date of the last commit that touched the data directory (the site's “build date”), or null. */
  buildDate: string | null;
  /**
   * Identifies this build's content: a hash of the validated data and the code's commit. The wall
   * display compares it with /version.json to reload itself after a deploy.
   */
  version: string;
  /** $SITE_URL, or null: absolute URLs (og:image, feeds) only when the public origin is known. */
  siteUrl: string | null;
  /** $COMMIT_URL, or null: the commit link on /updates/. */
  commitUrl: string | null;
  /** Observations per indicator or milestone id, by year (grouped once, not per page). */
  observations: Map<string, Observation[]>;
  /** Rows by id. */
  byId: {
    indicators: Map<string, IndicatorRow>;
    milestones: Map<string, MilestoneRow>;
    programmes: Map<string, ProgrammeRow>;
    platforms: Map<string, PlatformRow>;
  };
  /** Every target assessed as of `year` (the reports, the wall display's last year), cached. */
  assessedIn(year: number): AssessedDataset;
  /** The roll-ups as of `year`, cached. */
  summaryIn(year: number): Summary;
  /** The dist/api/*.json documents, built once. */
  api(): Record<ApiFile, unknown>;
}

function memo<K, V>(compute: (key: K) => V): (key: K) => V {
  const kept = new Map<K, V>();
  return (key) => {
    if (!kept.has(key)) kept.set(key, compute(key));
    return kept.get(key)!;
  };
}

const indexBy = <T extends { id: string }>(rows: readonly T[]) =>
  new Map(rows.map((row) => [row.id, row]));

/** The last commit date touching `dir` (YYYY-MM-DD), falling back to HEAD's; null outside git. */
export function lastCommitDate(dir: string, cwd: string): string | null {
  const rel = path.relative(cwd, dir);
  const forDir = rel.startsWith('..')
    ? ''
    : gitQuiet(
        ['log', '-1', '--format=%cs', '--', dataPathspec(rel.split(path.sep).join('/'))],
        cwd,
      );
  const date = forDir || gitQuiet(['log', '-1', '--format=%cs'], cwd);
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null;
}

let cached: Promise<SiteModel> | undefined;

export function getSite(): Promise<SiteModel> {
  cached ??= (async () => {
    const { data, official, dir } = await getDataset();
    const assessed = assessDataset(data);
    const { cwd, siteUrl, commitUrl } = buildContext();
    const summary = summarize(data, assessed);
    const assessedIn = memo((year: number) => assessDataset(data, year));
    const summaryIn = memo((year: number) => summarize(data, assessedIn(year)));
    const api = memo((_: 'all') => buildApi(data, assessed));
    return {
      data,
      assessed,
      summary,
      siteUrl,
      commitUrl,
      observations: observationsById(data),
      byId: {
        indicators: indexBy(data.indicators),
        milestones: indexBy(data.milestones),
        programmes: indexBy(data.programmes),
        platforms: indexBy(data.platforms),
      },
      assessedIn,
      summaryIn,
      api: () => api('all'),
      official,
      draft: data.plan.status === 'draft',
      dataDir: dir,
      identity: siteIdentity(data.site),
      portal: readPortalFragments(path.resolve(cwd, dir)),
      buildDate: lastCommitDate(path.resolve(cwd, dir), cwd),
      version: createHash('sha256')
        .update(JSON.stringify(data))
        .update(gitQuiet(['rev-parse', 'HEAD'], cwd))
        .digest('hex')
        .slice(0, 16),
    };
  })();
  return cached;
}

/** The layout's site-wide props. */
export function frameProps(site: SiteModel) {
  return {
    draft: site.draft,
    official: site.official,
    dataDir: site.dataDir,
    dataAsOf: site.summary.data_as_of,
    buildDate: site.buildDate,
    identity: site.identity,
    portal: site.portal,
  };
}

/** What every page starts from: its language, its labels and the site model. */
export async function pageContext(langParam: string | undefined) {
  const lang = langOf(langParam);
  return { lang, zh: lang === 'zh', t: UI[lang], site: await getSite() };
}

/** getStaticPaths for a page that exists once per language. */
export function langStaticPaths() {
  return LANG_PARAMS.map((params) => ({ params }));
}
