import { WorkbookDatabase } from './database';
import { MetaRepo } from './repos/meta-repo';
import { PartnerRepo } from './repos/partner-repo';
import { SampleRepo } from './repos/sample-repo';
import type { WorkbookMeta } from '../../../shared/domain/workbook';

/** An open workbook: its repositories and identity. Screens get it from context, never the db. */
export interface Workbook {
  meta: WorkbookMeta;
  partners: PartnerRepo;
  sample: SampleRepo;
  close(): void;
}

/** Opens (creating on first use) the workbook stored in the named database. */
export async function openWorkbook(
  dbName: string,
  options: ConstructorParameters<typeof WorkbookDatabase>[1] = {},
): Promise<Workbook> {
  const db = new WorkbookDatabase(dbName, options);
  await db.open();
  const meta = await new MetaRepo(db).ensure('My workbook');
  return {
    meta,
    partners: new PartnerRepo(db),
    sample: new SampleRepo(db),
    close: () => {
      db.close();
    },
  };
}
