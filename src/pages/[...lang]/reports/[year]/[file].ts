/**
 * /reports/<year>/report-<year>.docx (and -en.docx): the monitoring report as an editable Word
 * file, the same report as the page beside it.
 */
import type { APIRoute } from 'astro';
import { getSite } from '../../../../lib/site.ts';
import { reportYears } from '../../../../lib/reports.ts';
import { reportDocxFile } from '../../../../lib/report/docx-file.ts';
import { reportFileName } from '../../../../lib/report/files.ts';
import { LANG_PARAMS, langOf } from '../../../../i18n/ui.ts';

export async function getStaticPaths() {
  const { data, buildDate } = await getSite();
  return LANG_PARAMS.flatMap((l) =>
    reportYears(data, buildDate).map((y) => ({
      params: { ...l, year: String(y), file: reportFileName(y, langOf(l.lang), 'docx') },
    })),
  );
}

export const GET: APIRoute = async ({ params }) => {
  const site = await getSite();
  const bytes = await reportDocxFile(site.data, Number(params.year), langOf(params.lang), {
    official: site.official,
    buildDate: site.buildDate,
  });
  return new Response(new Uint8Array(bytes), {
    headers: {
      'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    },
  });
};
