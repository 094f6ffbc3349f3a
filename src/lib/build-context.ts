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
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
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
  /** Where charts (SVG and PNG) are kept between builds ($PLAN_CHART_CACHE), or null when `off`. */
  chartCache: string | null;
  /** When the build started (ms since the epoch): the one clock reading the build prunes by. */
  startedAt: number;
  /** The environment, for the few consumers that pass it on (git, child processes). */
  env: Env;
  /**
   * The data the build script has validated (buildSite, before Astro renders): the pages render
   * from it instead of reading and validating the directory a second time. Absent elsewhere.
   */
  dataset?: Dataset;
}

/** The context the environment `env` describes, seen from `cwd`, now. Reads nothing else. */
export function readBuildContext(env: Env, cwd: string): BuildContext {
  const dataDir = resolveDataDir(env, cwd);
  const cache = env.PLAN_CHART_CACHE || 'node_modules/.cache/plan-charts';
  return {
    cwd,
    dataDir,
    official: dataDir.absolute === path.resolve(cwd, 'data'),
    siteUrl: env.SITE_URL || null,
    commitUrl: env.COMMIT_URL || null,
    chromium: env.CHROMIUM_PATH || '/usr/bin/chromium',
    pdfWanted: env.PLAN_PDF !== '0',
    chartCache: cache === 'off' ? null : path.resolve(cwd, cache),
    startedAt: Date.now(),
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

/** What the code fingerprint covers: every source file, the pinned dependencies, Astro's config. */
const CODE_PATHS = ['src', 'package-lock.json', 'astro.config.mjs'];
const fingerprints = new Map<string, string | null>();

/**
 * A hash of the code that draws the site, read from `cwd` (every file under src/, the lockfile,
 * Astro's config), or null where there is no src/ to read. Charts kept between builds are filed
 * under it (src/lib/charts/svg-cache.ts): a data change keeps them, any change to the code, or to
 * a pinned dependency, starts afresh. Read once per process.
 */
export function codeFingerprint(cwd: string): string | null {
  if (fingerprints.has(cwd)) return fingerprints.get(cwd)!;
  let result: string | null = null;
  try {
    const hash = createHash('sha256');
    const visit = (rel: string): void => {
      const full = path.join(cwd, rel);
      if (statSync(full).isDirectory()) {
        for (const name of readdirSync(full).sort()) visit(path.posix.join(rel, name));
        return;
      }
      hash.update(`${rel}\0`).update(readFileSync(full)).update('\0');
    };
    if (statSync(path.join(cwd, 'src')).isDirectory()) {
      for (const rel of CODE_PATHS) if (existsSync(path.join(cwd, rel))) visit(rel);
      result = hash.digest('hex').slice(0, 16);
    }
  } catch {
    result = null;
  }
  fingerprints.set(cwd, result);
  return result;
}
