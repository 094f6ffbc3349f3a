/** Read a built site's text files for the privacy scan (and anything else that walks dist/). */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isScannedFile, type SiteTextFile } from '../../src/lib/privacy-scan.ts';

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
