/**
 * The build's view of the world, read in one place: the environment variables and the working
 * directory (git is read through the one runner in git-data.ts, with this context's environment). Everything else in src/lib takes what it needs from here (or as arguments),
 * so the domain stays pure and scripts and tests can hand in a context of their own.
 *
 * The build script sets the context for its process (setBuildContext) before Astro renders the
 * pages; Astro's bundled page modules are separate copies of src/lib, so the context travels on
 * globalThis under a registered symbol rather than in a module variable. Without one (astro dev,
 * astro check, a test importing a page module) it is read from process.env and process.cwd().
 */
import path from 'node:path';
import { resolveDataDir } from './data/read-data-dir.ts';
import type { Dataset } from './data/validate-dataset.ts';

export type Env = Readonly<Record<string, string | undefined>>;

export interface BuildContext {
  /** The repository's working directory; every relative path is resolved against it. */
  cwd: string;
  /** The data directory ($PLAN_DATA_DIR, default `data`): absolute, and as shown to people. */
  dataDir: { absolute: string; shown: string };
  /** Only the repository's own data/ makes an official build; anything else is labelled sample. */
  official: boolean;
  /** $SITE_URL: the site's public origin, or null (then no absolute URLs are written). */
  siteUrl: string | null;
  /** $COMMIT_URL: a commit link template for /updates/, or null. */
  commitUrl: string | null;
  /** $CHROMIUM_PATH or Debian's chromium: prints the report PDFs. */
  chromium: string;
  /** $PLAN_PDF=0 turns the report PDFs off. */
  pdfWanted: boolean;
  /** Where chart PNGs are kept between builds ($PLAN_CHART_CACHE), or null when `off`. */
  chartCache: string | null;
  /** The environment, for the few consumers that pass it on (git, child processes). */
  env: Env;
  /**
   * The data the build script has validated (buildSite, before Astro renders): the pages render
   * from it instead of reading and validating the directory a second time. Absent elsewhere.
   */
  dataset?: Dataset;
}

/** The context the environment `env` describes, seen from `cwd`. Reads nothing else. */
export function readBuildContext(env: Env, cwd: string): BuildContext {
  const dataDir = resolveDataDir(env, cwd);
  const cache = env.PLAN_CHART_CACHE ?? path.resolve(cwd, 'node_modules/.cache/plan-chart-png');
  return {
    cwd,
    dataDir,
    official: dataDir.absolute === path.resolve(cwd, 'data'),
    siteUrl: env.SITE_URL || null,
    commitUrl: env.COMMIT_URL || null,
    chromium: env.CHROMIUM_PATH || '/usr/bin/chromium',
    pdfWanted: env.PLAN_PDF !== '0',
    chartCache: cache === 'off' ? null : cache,
    env,
  };
}

const KEY = Symbol.for('tianjin-plan-tracker.build-context');
type Holder = { [KEY]?: BuildContext };

/** Make `context` this process's build context (the build script, before Astro renders). */
export function setBuildContext(context: BuildContext): void {
  (globalThis as Holder)[KEY] = context;
}

/** This process's build context; read from process.env and process.cwd() on first use. */
export function buildContext(): BuildContext {
  const holder = globalThis as Holder;
  holder[KEY] ??= readBuildContext(process.env, process.cwd());
  return holder[KEY];
}
