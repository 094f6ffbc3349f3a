import type { APIRoute } from 'astro';
import { getSite } from '../../../lib/site.ts';
import { csvResponse, toExcelCsv } from '../../../lib/csv-export.ts';
import { FILE_SPECS } from '../../../schemas/index.ts';
import { INDICATOR_CSV_PREFIX, indicatorCsvRows } from '../../../lib/indicator-csv.ts';

/** One indicator's figures, each row saying which indicator, unit, target, status and source. */
export async function getStaticPaths() {
  const { data } = await getSite();
  return data.indicators.map((i) => ({ params: { id: i.id } }));
}

export const GET: APIRoute = async ({ params }) => {
  const { data, assessed } = await getSite();
  const columns = FILE_SPECS.find((s) => s.file === 'observations.csv')?.columns ?? [];
  return csvResponse(
    toExcelCsv(indicatorCsvRows(data, assessed, params.id!), [...INDICATOR_CSV_PREFIX, ...columns]),
  );
};
