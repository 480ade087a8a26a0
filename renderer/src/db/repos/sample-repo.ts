import { newId } from '../ids';
import type { PartnerRepo } from './partner-repo';

/** Loads the sample portfolio into a workbook, all at once or not at all. */
export class SampleRepo {
  constructor(private readonly partners: PartnerRepo) {}

  /** Adds the sample partners, contacts and activities in one transaction; returns how many partners. */
  async load(now = new Date()): Promise<number> {
    // Loaded on demand: the hand-written portfolio is only needed once, on first run.
    const { createSampleWorkbook } = await import('../../../../shared/sample/sample-workbook');
    const sample = createSampleWorkbook({ now, newId });
    await this.partners.putMany(sample.partners, sample.contacts, sample.activities);
    return sample.partners.length;
  }
}
