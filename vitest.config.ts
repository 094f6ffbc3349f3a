import { defineConfig } from 'vitest/config';

/**
 * Tests in three tiers (vitest projects), run in this order by `npm test`:
 *  - unit:  pure functions on fixtures, in parallel; no build, no child process, no browser.
 *           `npm run test:unit` runs only these (under a minute).
 *  - build: tests that run the build, the CLI scripts or git in a project copy; one file at a time
 *           (they share a machine's two cores and scratch folders).
 *  - e2e:   headless Chromium on built sites; one file at a time.
 * A new test file belongs in `build` unless it is listed in UNIT (or lives in test/e2e/).
 */
const UNIT = [
  'test/build-context.test.ts',
  'test/chart-cache.test.ts',
  'test/chart-image.test.ts',
  'test/font-subset.test.ts',
  'test/format.test.ts',
  'test/chart-layout.test.ts',
  'test/link-check.test.ts',
  'test/page-views.test.ts',
  'test/paginate.test.ts',
  'test/planned-path.test.ts',
  'test/portal-fragments.test.ts',
  'test/privacy-scan.test.ts',
  'test/progress.test.ts',
  'test/render-svg.test.ts',
  'test/reporting.test.ts',
  'test/reports.test.ts',
  'test/revisions.test.ts',
  'test/sample-dataset.test.ts',
  'test/series.test.ts',
  'test/site-checks.test.ts',
  'test/site-identity.test.ts',
  'test/validate-dataset.test.ts',
  'test/embed-policy.test.ts',
  'test/explain.test.ts',
  'test/glance.test.ts',
  'test/report-model.test.ts',
  'test/screen-view.test.ts',
  'test/small-multiple.test.ts',
  'test/source-ref.test.ts',
  'test/twin.test.ts',
  'test/update-headline.test.ts',
  'test/detail-views.test.ts',
  'test/property/checker.property.test.ts',
  'test/property/regressions.test.ts',
  'test/data-layer.test.ts',
];

export default defineConfig({
  test: {
    setupFiles: ['test/setup.ts'],
    env: { TZ: 'Asia/Shanghai' },
    testTimeout: 120_000,
    hookTimeout: 300_000,
    projects: [
      {
        test: {
          name: 'unit',
          include: UNIT,
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: 'build',
          include: ['test/**/*.test.ts'],
          exclude: [...UNIT, 'test/e2e/**'],
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          fileParallelism: false,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
