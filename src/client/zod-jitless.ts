/**
 * No `new Function` in the browser: the site's CSP forbids eval, and zod's JIT probe would report a
 * violation. Imported first by the browser's data checker, so this runs before any schema module is
 * evaluated (an ES module's imports run in order; a `config()` call after them came too late).
 * Interpreted validation is fast enough for a few CSV files.
 */
import { config } from 'zod';

config({ jitless: true });
