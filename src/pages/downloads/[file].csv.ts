import type { APIRoute } from 'astro';
import { getDataset } from '../../lib/data/dataset.ts';
import { FILE_SPECS } from '../../schemas/index.ts';
import { csvResponse, toExcelCsv } from '../../lib/csv-export.ts';
import type { Dataset } from '../../lib/data/validate-dataset.ts';

/** Every data file, re-written from the validated rows (normalised values, BOM for Excel). */
export function getStaticPaths() {
  return FILE_SPECS.map((s) => ({ params: { file: s.file.replace(/\.csv$/, '') } }));
}

const ROWS: Record<string, (d: Dataset) => object[]> = {
  plan: (d) => [d.plan],
  indicators: (d) => d.indicators,
  observations: (d) => d.observations,
  programmes: (d) => d.programmes,
  milestones: (d) => d.milestones,
  platforms: (d) => d.platforms,
  'platform-capabilities': (d) => d.capabilities,
  'key-items': (d) => d.keyItems,
  'status-thresholds': (d) => d.thresholds,
  site: (d) => d.site,
};

export const GET: APIRoute = async ({ params }) => {
  const { data } = await getDataset();
  const spec = FILE_SPECS.find((s) => s.file === `${params.file}.csv`);
  const rows = ROWS[params.file ?? '']?.(data) ?? [];
  return csvResponse(toExcelCsv(rows as Record<string, unknown>[], spec?.columns ?? []));
};
