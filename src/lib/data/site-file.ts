/**
 * The official mailbox of a site.csv read on its own, for the privacy scan of a built site: the
 * build publishes the validated file as downloads/site.csv, and the scan allows the address it
 * names (a *.gov.cn address, as the schema requires) besides src/config/privacy-allowlist.ts.
 */
import { SiteRowSchema } from '../../schemas/site.ts';
import { parseCsv } from './csv.ts';
import { decodeCsv } from './decode.ts';

/** The feedback_email of a site.csv's bytes, [] when absent, unreadable or invalid. */
export function officialEmailsOfSiteCsv(bytes: Uint8Array | undefined): string[] {
  if (!bytes) return [];
  const decoded = decodeCsv(bytes);
  if (!decoded.ok) return [];
  const { header, records } = parseCsv(decoded.text);
  const out: string[] = [];
  for (const r of records) {
    const raw = Object.fromEntries(header.map((h, i) => [h, r.cells[i] ?? '']));
    const row = SiteRowSchema.safeParse(raw);
    if (row.success && row.data.key === 'feedback_email' && row.data.value)
      out.push(row.data.value);
  }
  return out;
}
