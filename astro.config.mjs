// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';

// SITE_URL and BASE_PATH let the same build serve GitHub Pages or an agency server.
const site = process.env.SITE_URL || 'https://example.invalid';
const base = process.env.BASE_PATH || '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  output: 'static',
  integrations: [react()],
  i18n: {
    locales: ['zh', 'en'],
    defaultLocale: 'zh',
    routing: { prefixDefaultLocale: false },
  },
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  // No Markdown code blocks here; Shiki's inline styles would not pass the CSP below.
  markdown: { syntaxHighlight: false },
  // Content Security Policy as a <meta> on every page: Astro hashes every script and style it
  // emits; the one inline script (长辈版, BaseLayout) adds its own hash; nothing from another origin.
  // Pagefind's WebAssembly needs 'wasm-unsafe-eval', added on the search page only.
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'none'",
        "img-src 'self'",
        "font-src 'self'",
        "connect-src 'self'",
        "manifest-src 'self'",
        "base-uri 'none'",
        "form-action 'self'",
        "object-src 'none'",
      ],
    },
  },
});
