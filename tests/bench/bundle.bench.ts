/**
 * Benchmark 7: the renderer's start-up JavaScript, gzipped: the module script and the
 * modulepreloads index.html names, which the browser fetches before the first screen. Chunks the
 * start-up code imports dynamically are the screens that load on demand.
 */
import { test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { recordFigures, soloFigures } from './figures';
import { BENCH_DIST } from './settings';

const KB = 1000;

/** The JavaScript files an HTML page loads up front, relative to the page. */
function initialScripts(html: string): string[] {
  const tags = html.match(/<(script|link)\b[^>]*>/g) ?? [];
  const files: string[] = [];
  for (const tag of tags) {
    const isModule = tag.startsWith('<script') && /\btype="module"/.test(tag);
    const isPreload = tag.startsWith('<link') && /\brel="modulepreload"/.test(tag);
    const url = /\b(?:src|href)="([^"]+)"/.exec(tag)?.[1];
    if ((isModule || isPreload) && url !== undefined) files.push(url);
  }
  return files;
}

test('7. Start-up code: initial JavaScript, gzipped', async () => {
  const html = await readFile(path.join(BENCH_DIST, 'index.html'), 'utf8');
  const files = initialScripts(html);
  if (files.length === 0) throw new Error('index.html loads no JavaScript: is dist/bench built?');
  let gzipped = 0;
  let raw = 0;
  const onDemand = new Set<string>();
  for (const file of files) {
    const code = await readFile(path.join(BENCH_DIST, file));
    raw += code.length;
    gzipped += gzipSync(code).length;
    for (const match of code
      .toString('utf8')
      .matchAll(/import\(\s*["'`]\.\/([^"'`]+\.js)["'`]\s*\)/g)) {
      if (match[1] !== undefined) onDemand.add(match[1]);
    }
  }
  const kb = gzipped / KB;
  await recordFigures(
    soloFigures({
      id: 'bundle',
      title: '7. Start-up JavaScript (gzip)',
      unit: 'kB',
      size: 0,
      candidate: { label: `${files.length} files before the first screen`, samples: [kb] },
      details: { initialFiles: files.length, rawKB: raw / KB, onDemandChunks: onDemand.size },
      goals: [{ label: 'gzip ≤ 400 kB', value: kb, limit: 400, unit: 'kB' }],
    }),
  );
});
