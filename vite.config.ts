import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { contentSecurityPolicy } from './shared/security/csp.ts';

// The production build carries a strict CSP in a meta tag, so that the web build is
// locked down too; the dev server needs inline scripts for hot reload, so it is left out there.
function cspMetaTag(): Plugin {
  return {
    name: 'workbook-csp-meta',
    apply: 'build',
    transformIndexHtml(html) {
      const tag = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy()}" />`;
      return html.replace('<head>', `<head>\n    ${tag}`);
    },
  };
}

const packageJson = JSON.parse(
  readFileSync(new URL('./package.json', import.meta.url), 'utf8'),
) as {
  version: string;
};

// `vite build --mode bench` also builds the benchmark page (renderer/bench.html) into dist/bench,
// so that the production app in dist/renderer never ships it.
const benchMode = (mode: string) => mode === 'bench';

export default defineConfig(({ mode }) => ({
  define: { 'import.meta.env.VITE_APP_VERSION': JSON.stringify(packageJson.version) },
  root: fileURLToPath(new URL('./renderer', import.meta.url)),
  base: './',
  plugins: [react(), cspMetaTag()],
  build: {
    outDir: fileURLToPath(
      new URL(benchMode(mode) ? './dist/bench' : './dist/renderer', import.meta.url),
    ),
    emptyOutDir: true,
    target: 'es2023',
    sourcemap: true,
    ...(benchMode(mode)
      ? {
          rolldownOptions: {
            input: {
              main: fileURLToPath(new URL('./renderer/index.html', import.meta.url)),
              bench: fileURLToPath(new URL('./renderer/bench.html', import.meta.url)),
            },
          },
        }
      : {}),
  },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: true },
  test: {
    root: fileURLToPath(new URL('.', import.meta.url)),
    include: [
      '{shared,renderer,electron,tests/unit,tests/bench,tests/reliability}/**/*.test.{ts,tsx}',
    ],
    environment: 'node',
  },
}));
