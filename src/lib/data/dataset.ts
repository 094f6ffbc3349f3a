/**
 * The build's access to the data: the directory in $PLAN_DATA_DIR, read and validated once per
 * build process through the loader chokepoint. Pages and endpoints call getDataset().
 */
import { readDataDir } from './read-data-dir.ts';
import { buildContext } from '../build-context.ts';
import { loadDataset, type Dataset } from './validate-dataset.ts';

export interface LoadedDataset {
  data: Dataset;
  /** Directory as shown to people, e.g. `data` or `test/fixtures/sample`. */
  dir: string;
  /**
   * True only when the site is built from the repository's own `data/` directory. Anything else
   * (samples, fixtures, benchmarks) is labelled on every page as not official.
   */
  official: boolean;
}

let cached: Promise<LoadedDataset> | undefined;

export function getDataset(): Promise<LoadedDataset> {
  cached ??= (async () => {
    const { dataDir: dir, official, dataset } = buildContext();
    // The build script validated the data before Astro started (buildSite): render from that.
    const data =
      dataset ?? loadDataset((await readDataDir(dir.absolute)) ?? {}, { dir: dir.shown });
    return { data, dir: dir.shown, official };
  })();
  return cached;
}
