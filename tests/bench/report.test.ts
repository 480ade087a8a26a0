import { describe, expect, it } from 'vitest';
import type { BenchFigures } from './figures';
import { BENCHMARK_IDS, formatTable, formatValue, orderBenchmarks } from './report';
import type { BenchResults } from './report';

const write: BenchFigures = {
  id: 'write',
  title: '1. Bulk write',
  size: 100_000,
  pairs: 7,
  warmups: 1,
  unit: 'ms',
  candidate: { label: 'PartnerRepo.putMany', median: 10_512.3 },
  baseline: { label: 'raw put', median: 9_801 },
  ratio: { median: 1.0725, spread: { min: 1.01, q1: 1.05, q3: 1.09, iqr: 0.04, max: 1.2 } },
  details: {},
  goals: [{ label: 'ratio ≤ 1.15', value: 1.0725, limit: 1.15, unit: '×', pass: true }],
};

describe('formatValue', () => {
  it('gives small figures decimals and large ones none', () => {
    expect(formatValue(1.234, 'ms')).toBe('1.23 ms');
    expect(formatValue(16.66, 'ms')).toBe('16.7 ms');
    expect(formatValue(10_512.3, 'ms')).toBe('10,512 ms');
    expect(formatValue(1.0725, '×')).toBe('1.07×');
    expect(formatValue(2, '')).toBe('2');
  });
});

describe('orderBenchmarks', () => {
  it('lists every benchmark in order, marking the ones without figures as failed', () => {
    const ordered = orderBenchmarks([write]);
    expect(ordered.map((entry) => entry.id)).toEqual([...BENCHMARK_IDS]);
    expect(ordered[0]).toBe(write);
    expect(ordered[1]).toEqual({ id: 'open', status: 'failed' });
  });

  it('lists only the recorded benchmarks of a partial run', () => {
    expect(orderBenchmarks([write], true)).toEqual([write]);
  });
});

describe('formatTable', () => {
  it('prints a Markdown row per benchmark with the ratio, its spread and the verdict', () => {
    const results: BenchResults = {
      date: '2026-11-29T03:47:48.000Z',
      mode: 'full',
      judged: true,
      settings: {
        quick: false,
        partners: 100_000,
        pairs: 7,
        warmups: 1,
        writeWarmupPartners: 10_000,
        scrollSteps: 120,
        searchQueries: 40,
        positioning: {
          iterations: 1_000_000,
          drafts: 10_000,
          timelineIterations: 1_000,
          partners: 2_000,
          diffWords: 5_000,
          commitsPerRound: 20,
        },
        files: {
          partnerbookPartners: 100_000,
          partnerbookIterations: 1_000_000,
          csvRows: 100_000,
          xlsxRows: 100_000,
        },
      },
      durationSeconds: 1_300,
      machine: { os: 'Linux', arch: 'x64', cpus: 2, cpuModel: 'CPU', memoryGiB: 23.5, node: 'v20' },
      browser: { version: 'Chrome/156' },
      benchmarks: [
        write,
        { id: 'open', status: 'failed' },
        { ...write, id: 'positioning-commit', title: '8. Save', sizeUnit: 'iterations' },
        { ...write, id: 'partnerbook-open', title: '12. Open', pairs: 5, warmups: 0 },
      ],
    };
    const lines = formatTable(results).split('\n');
    expect(lines[0]).toContain('Full run, 2026-11-29: Chrome/156');
    expect(lines).toContain(
      '| 1. Bulk write | 100,000 | 7 | 10,512 ms (PartnerRepo.putMany) | 9,801 ms (raw put) | ' +
        '1.07× [IQR 1.05×–1.09×; range 1.01×–1.20×] | ratio ≤ 1.15: 1.07× (pass) |',
    );
    expect(lines).toContain('| open |  |  | no figures: the benchmark failed |  |  |  |');
    expect(lines.at(-2)).toMatch(/^\| 8\. Save \| 100,000 iterations \| 7 \| /);
    expect(lines.at(-1)).toMatch(/^\| 12\. Open \| 100,000 \| 5 \(0 warm-ups\) \| /);
  });
});
