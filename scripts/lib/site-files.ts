/** Read a built site's text files for the privacy scan (and anything else that walks dist/). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isScannedFile, type SiteTextFile } from '../../src/lib/privacy-scan.ts';
import { OFFICIAL_EMAILS } from '../../src/config/privacy-allowlist.ts';
import { officialEmailsOfSiteCsv } from '../../src/lib/data/site-file.ts';

/**
 * Mailboxes a built site may show: the reviewed allow-list plus the official feedback_email of the
 * site.csv it was built from (published as downloads/site.csv).
 */
export function allowedEmailsOf(dir: string): string[] {
  const file = path.join(dir, 'downloads', 'site.csv');
  const bytes = existsSync(file) ? new Uint8Array(readFileSync(file)) : undefined;
  return [...OFFICIAL_EMAILS, ...officialEmailsOfSiteCsv(bytes)];
}

/** Every file under `dir`, as forward-slash paths relative to it, sorted. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (sub: string) => {
    for (const entry of readdirSync(path.join(dir, sub), { withFileTypes: true })) {
      const rel = sub ? `${sub}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(rel);
      else out.push(rel);
    }
  };
  walk('');
  return out.sort();
}

export function* readSiteTextFiles(dir: string): Generator<SiteTextFile> {
  for (const rel of listFiles(dir))
    if (isScannedFile(rel)) yield { path: rel, text: readFileSync(path.join(dir, rel), 'utf8') };
}
