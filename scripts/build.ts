/**
 * `npm run build`: the site from $PLAN_DATA_DIR (default data/) into $PLAN_OUT_DIR (default dist/),
 * through buildSite (scripts/lib/build-site.ts). Exit code 1 and the output untouched on any error.
 */
import { readBuildContext } from '../src/lib/build-context.ts';
import { buildSite } from './lib/build-site.ts';

// No usage data leaves the build machine.
process.env.ASTRO_TELEMETRY_DISABLED = '1';
// Astro inlines process.env into import.meta.env: a BASE_URL, MODE or DEV left in the environment
// (a test runner sets them, so may a CI job) would override the base path BASE_PATH configures.
for (const name of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'SITE', 'ASSETS_PREFIX'])
  delete process.env[name];

process.exitCode = await buildSite(readBuildContext(process.env, process.cwd()), {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
});
