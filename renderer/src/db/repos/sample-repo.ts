import type { WorkbookDatabase } from '../database';
import { newId } from '../ids';
import { trackWrite } from '../pending-writes';

/** Loads the sample portfolio into a workbook, all at once or not at all. */
export class SampleRepo {
  constructor(private readonly db: WorkbookDatabase) {}

  /** Adds the sample partners, contacts and activities in one transaction; returns how many partners. */
  async load(now = new Date()): Promise<number> {
    // Loaded on demand: the hand-written portfolio is only needed once, on first run.
    const { createSampleWorkbook } = await import('../../../../shared/sample/sample-workbook');
    const sample = createSampleWorkbook({ now, newId });
    const { partners, contacts, activities } = this.db;
    await trackWrite(
      this.db.transaction('rw', partners, contacts, activities, async () => {
        await partners.bulkAdd(sample.partners);
        await contacts.bulkAdd(sample.contacts);
        await activities.bulkAdd(sample.activities);
      }),
    );
    return sample.partners.length;
  }
}
