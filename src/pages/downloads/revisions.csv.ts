import type { APIRoute } from 'astro';
import { csvResponse, toExcelCsv } from '../../lib/csv-export.ts';
import { getRevisions } from '../../lib/revisions-git.ts';
import { REVISION_COLUMNS, revisionRows } from '../../lib/revisions.ts';

/** downloads/revisions.csv: one row per published version (empty, header only, without git). */
export const GET: APIRoute = () =>
  csvResponse(toExcelCsv(revisionRows(getRevisions()), REVISION_COLUMNS));
