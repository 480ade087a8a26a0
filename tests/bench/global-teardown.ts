import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { BenchFigures } from './figures';
import { BROWSER_FILE } from './figures';
import type { BenchResults } from './report';
import { formatTable, orderBenchmarks } from './report';
import { FIGURES_DIR, JUDGED, ONLY, REPO_ROOT, RESULTS_FILE, SETTINGS } from './settings';

async function readJson(file: string): Promise<unknown> {
  return JSON.parse(await readFile(path.join(FIGURES_DIR, file), 'utf8')) as unknown;
}

async function optionalJson(file: string): Promise<unknown> {
  try {
    return await readJson(file);
  } catch {
    return undefined;
  }
}

function field(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null ? Reflect.get(value, name) : undefined;
}

/** Gathers every benchmark's figures into the run's report and prints its table. */
export default async function globalTeardown(): Promise<void> {
  const files = (await readdir(FIGURES_DIR)).filter(
    (file) => file.endsWith('.json') && !file.startsWith('_'),
  );
  const recorded = await Promise.all(
    files.map(async (file) => (await readJson(file)) as BenchFigures),
  );
  const version = field(await optionalJson(BROWSER_FILE), 'version');
  const started = field(await optionalJson('_started.json'), 'at');
  const cpus = os.cpus();
  const results: BenchResults = {
    date: new Date().toISOString(),
    mode: SETTINGS.quick ? 'quick' : 'full',
    // A run below the full size still judges the benchmarks whose own size and pairs reach
    // theirs (the file benchmarks at the size); each row says which.
    judged: JUDGED || recorded.some((figures) => figures.goals.some((goal) => goal.pass !== null)),
    settings: SETTINGS,
    durationSeconds: typeof started === 'number' ? Math.round((Date.now() - started) / 1000) : 0,
    machine: {
      os: `${os.type()} ${os.release()}`,
      arch: os.arch(),
      cpus: cpus.length,
      cpuModel: cpus[0]?.model.trim() ?? 'unknown',
      memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
      node: process.version,
    },
    browser: { version: typeof version === 'string' ? version : 'unknown' },
    benchmarks: orderBenchmarks(recorded, ONLY !== undefined),
  };
  await mkdir(path.dirname(RESULTS_FILE), { recursive: true });
  await writeFile(RESULTS_FILE, `${JSON.stringify(results, null, 2)}\n`);
  process.stdout.write(
    `\n${formatTable(results)}\n\nWrote ${path.relative(REPO_ROOT, RESULTS_FILE)} ` +
      `(${results.durationSeconds} s).\n`,
  );
}
