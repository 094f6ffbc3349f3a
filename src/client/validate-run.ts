/**
 * The browser side of /validate/: the same loader the build uses, run on the site's published
 * data files with the steward's dropped files laid over them. Loaded only once a file is chosen.
 */
import './zod-jitless.ts';
import { FILE_SPECS } from '../schemas/index.ts';
import { validateDataset } from '../lib/data/validate-dataset.ts';
import { formatIssue, locate, type DataIssue } from '../lib/data/issues.ts';

export interface CheckResult {
  ok: boolean;
  issues: DataIssue[];
  /** Rows read per dropped file, when valid. */
  counts: Record<string, number>;
  /** The same text `npm run check:data` prints for each issue. */
  text: string[];
  locations: string[];
}

/** Fetch the published data (downloads/*.csv) for every file the steward did not drop. */
export async function checkFiles(
  dropped: Record<string, Uint8Array>,
  base: string,
): Promise<CheckResult> {
  const files: Record<string, Uint8Array> = {};
  await Promise.all(
    FILE_SPECS.filter((s) => !(s.file in dropped)).map(async (s) => {
      const res = await fetch(`${base}downloads/${s.file}`);
      if (res.ok) files[s.file] = new Uint8Array(await res.arrayBuffer());
    }),
  );
  Object.assign(files, dropped);
  const result = validateDataset(files, { dir: 'data' });
  if (!result.ok)
    return {
      ok: false,
      issues: result.issues,
      counts: {},
      text: result.issues.map(formatIssue),
      locations: result.issues.map(locate),
    };
  const counts = Object.fromEntries(Object.keys(dropped).map((f) => [f, result.counts[f] ?? 0]));
  return { ok: true, issues: [], counts, text: [], locations: [] };
}
