/**
 * Scripts that must run before first paint, so they are inline rather than bundled. Each is kept
 * as a string so its CSP hash is computed from exactly the bytes the page carries.
 */
import { createHash } from 'node:crypto';

/** 长辈版: apply the remembered large-text setting before the page paints (no flash). */
export const LARGE_TEXT_BOOT =
  "try{if(localStorage.getItem('plan-large-text')==='1')document.documentElement.setAttribute('data-large','')}catch{}";

/** `sha256-…` source expression for a script or style body. */
export function cspHash(body: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}`;
}
