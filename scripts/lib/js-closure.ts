/**
 * What a built page really ships: the site files its URLs name and the JavaScript modules they
 * import statically, transitively. Shared by `npm run measure` and the benchmark.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** The site-relative file a URL found in `fromFile` names, or null when it is not in the output. */
export function siteFileOf(outDir: string, url: string, fromFile: string): string | null {
  if (/^(?:[a-z]+:)?\/\//i.test(url) || url.startsWith('data:')) return null;
  const file = decodeURIComponent(new URL(url, `http://site/${fromFile}`).pathname).slice(1);
  const full = path.join(outDir, file);
  return existsSync(full) && statSync(full).isFile() ? file : null;
}

const STATIC_IMPORT = /(?:\bimport|\bexport)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.m?js)["']/g;

/** The modules `start` and everything they import statically, transitively (added to `seen`). */
export function importClosure(
  outDir: string,
  start: readonly string[],
  seen = new Set<string>(),
): Set<string> {
  const queue = [...start];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(path.join(outDir, file), 'utf8');
    for (const m of code.matchAll(STATIC_IMPORT)) {
      const dep = siteFileOf(outDir, m[1]!, file);
      if (dep && !seen.has(dep)) queue.push(dep);
    }
  }
  return seen;
}
