import { describe, expect, it } from 'vitest';
import { withRevisions } from '../../../shared/files/merge/snapshot-revisions';
import { encodePartnerbook } from '../../../shared/files/partnerbook/encode';
import { PARTNERBOOK_MIME } from '../../../shared/files/partnerbook/format';
import { generateSampleSnapshot } from '../../../shared/sample/sample-snapshot';
import { sampleFileBlob } from './sample-file-blob';

const now = new Date('2026-11-01T09:00:00.000Z');
const META = { exportedAt: now.toISOString() };

describe('sampleFileBlob', () => {
  it('makes the sample’s file as a Blob, the same text however it is chunked', async () => {
    const options = { partners: 20, seed: 42, now, iterations: 150 };
    const text = encodePartnerbook(withRevisions(generateSampleSnapshot(options)), META);
    const whole = await sampleFileBlob(options, META);
    expect(whole.blob.type).toBe(PARTNERBOOK_MIME);
    expect(whole.chars).toBe(text.length);
    expect(whole.blob.size).toBe(new TextEncoder().encode(text).length);
    expect(await whole.blob.text()).toBe(text);
    expect(whole.counts.positioningIterations).toBe(150);
    // Chunks of 10,000 characters, and iterations made in three passes.
    const chunked = await sampleFileBlob({ ...options, heldIterations: 60 }, META, 10_000);
    expect(await chunked.blob.text()).toBe(text);
  });
});
