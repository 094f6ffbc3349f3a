import type { APIRoute } from 'astro';
import { getDataset } from '../../lib/data/dataset.ts';
import { FILE_SPECS } from '../../schemas/index.ts';
import { csvResponse, toExcelCsv } from '../../lib/csv-export.ts';
import { rowsOf } from '../../lib/data/dataset-rows.ts';

/** Every data file, re-written from the validated rows (normalised values, BOM for Excel). */
export function getStaticPaths() {
  return FILE_SPECS.map((s) => ({ params: { file: s.file.replace(/\.csv$/, '') } }));
}

export const GET: APIRoute = async ({ params }) => {
  const { data } = await getDataset();
  const spec = FILE_SPECS.find((s) => s.file === `${params.file}.csv`);
  const rows = spec ? rowsOf(spec, data) : [];
  return csvResponse(toExcelCsv(rows as Record<string, unknown>[], spec?.columns ?? []));
};
