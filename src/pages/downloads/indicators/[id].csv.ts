import type { APIRoute } from 'astro';
import { getDataset } from '../../../lib/data/dataset.ts';
import { csvResponse, toExcelCsv } from '../../../lib/csv-export.ts';
import { FILE_SPECS } from '../../../schemas/index.ts';

/** One indicator's figures, for the download link on its page. */
export async function getStaticPaths() {
  const { data } = await getDataset();
  return data.indicators.map((i) => ({ params: { id: i.id } }));
}

export const GET: APIRoute = async ({ params }) => {
  const { data } = await getDataset();
  const columns = FILE_SPECS.find((s) => s.file === 'observations.csv')?.columns ?? [];
  const rows = data.observations.filter((o) => o.measure_id === params.id);
  return csvResponse(toExcelCsv(rows as unknown as Record<string, unknown>[], columns));
};
