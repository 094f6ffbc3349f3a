/** Node-side I/O for the portal's header and footer fragments: `<data dir>/portal/*.html`. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { PortalFragments } from '../portal-fragments.ts';

/** The fragments in `<dataDir>/portal/`, null where a file is absent or blank. */
export function readPortalFragments(dataDir: string): PortalFragments {
  const read = (name: string) => {
    const file = path.join(dataDir, 'portal', name);
    if (!existsSync(file)) return null;
    const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
    return text.trim() === '' ? null : text;
  };
  return { header: read('header.html'), footer: read('footer.html') };
}
