/**
 * The text of a workbook's `.partnerbook` file, for tests that read or compare it: the app itself
 * never decodes a saved file (exportPartnerbookFile hands its chunks of bytes to the host).
 * Only tests import it.
 */
import type { PartnerbookProgressListener } from '../../../../shared/files/partnerbook/snapshot';
import { exportPartnerbookFile, type PartnerbookJobOptions } from './partnerbook-client';

/** The file {@link exportPartnerbookFile} makes of the named workbook, as text. */
export async function exportPartnerbook(
  dbName: string,
  onProgress?: PartnerbookProgressListener,
  options: PartnerbookJobOptions = {},
): Promise<string> {
  const { chunks } = await exportPartnerbookFile(dbName, onProgress, options);
  return new Blob(chunks).text();
}
