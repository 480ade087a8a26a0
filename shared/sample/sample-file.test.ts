import { describe, expect, it } from 'vitest';
import { withRevisions } from '../files/merge/snapshot-revisions';
import { decodePartnerbook } from '../files/partnerbook/decode';
import { encodePartnerbook } from '../files/partnerbook/encode';
import { snapshotCounts } from '../files/partnerbook/snapshot';
import { sampleFile, type SampleFileOptions } from './sample-file';
import { generateSampleSnapshot } from './sample-snapshot';

const now = new Date('2026-06-01T12:00:00Z');
const META = { exportedAt: now.toISOString(), app: { name: 'Partner Workbook', version: '1.2.3' } };

const textOf = (options: SampleFileOptions): string =>
  [...sampleFile(options, META).parts].join('');

// What the command line wrote before the file was made in parts: the whole snapshot, encoded.
const encodedWhole = (options: SampleFileOptions): string =>
  encodePartnerbook(withRevisions(generateSampleSnapshot(options)), META);

describe('sampleFile', () => {
  it('gives the text of the whole snapshot encoded, byte for byte', () => {
    const options = { partners: 40, seed: 5, now };
    expect(textOf(options)).toBe(encodedWhole(options));
    const named = { partners: 3, seed: -7, now, name: 'Demo' };
    expect(textOf(named)).toBe(encodedWhole(named));
  });

  it('gives the same text whether the iterations are held or made again in passes', () => {
    const options = { partners: 30, seed: 2, now, iterations: 400 };
    const whole = encodedWhole(options);
    expect(sampleFile(options, META).passes).toBe(1);
    expect(textOf(options)).toBe(whole);
    // 400 iterations, 50 at a time: eight id ranges, each made and sorted on its own.
    const inPasses = { ...options, heldIterations: 50 };
    expect(sampleFile(inPasses, META).passes).toBe(8);
    expect(textOf(inPasses)).toBe(whole);
    // One at a time: sixty ranges, many of them empty.
    const small = { partners: 4, seed: 2, now, iterations: 60 };
    expect(sampleFile({ ...small, heldIterations: 1 }, META).passes).toBe(60);
    expect(textOf({ ...small, heldIterations: 1 })).toBe(encodedWhole(small));
  });

  it('makes exactly the iterations asked for, in a file the app opens without a problem', () => {
    const file = sampleFile(
      { partners: 25, seed: 9, now, iterations: 333, heldIterations: 100 },
      META,
    );
    const decoded = decodePartnerbook([...file.parts].join(''), 'sample.partnerbook');
    if (!decoded.ok) throw new Error(decoded.problems.map((problem) => problem.message).join('\n'));
    const { tables } = decoded.snapshot;
    expect(tables.positioningIterations).toHaveLength(333);
    expect(file.counts).toEqual(snapshotCounts(decoded.snapshot));
    expect(file.counts.positioningIterations).toBe(333);
    expect(tables.revisions.length).toBeGreaterThan(25);
    // Each draft's iterations chain from its head back to number 1 through their parents.
    const byId = new Map(
      tables.positioningIterations.map((iteration) => [iteration.id, iteration]),
    );
    let chained = 0;
    for (const draft of tables.positioningDrafts) {
      let number = draft.iterationCount;
      for (let id = draft.headIterationId; id !== undefined; number -= 1) {
        const iteration = byId.get(id);
        expect(iteration?.draftId).toBe(draft.id);
        expect(iteration?.number).toBe(number);
        id = iteration?.parentId;
        chained += 1;
      }
      expect(number).toBe(0);
    }
    expect(chained).toBe(333);
    // Listed by id, as the app saves them.
    const ids = tables.positioningIterations.map((iteration) => iteration.id);
    expect(ids).toEqual([...ids].sort());
  });

  it('gives the same text for the same seed and time, another for another seed', () => {
    const options = { partners: 12, seed: 4, now, iterations: 90 };
    expect(textOf(options)).toBe(textOf(options));
    expect(textOf({ ...options, seed: 5 })).not.toBe(textOf(options));
    expect(textOf({ ...options, iterations: 91 })).not.toBe(textOf(options));
  });

  it('refuses options that cannot make a sample', () => {
    expect(() => sampleFile({ partners: 1, seed: 1, now, iterations: 5_000 }, META)).toThrow(
      RangeError,
    );
    expect(() => sampleFile({ partners: 1, seed: 1, now, heldIterations: 0 }, META)).toThrow(
      'heldIterations must be a whole number >= 1, got 0.',
    );
  });
});
