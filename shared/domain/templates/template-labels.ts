import type { QbrStatus } from './qbr';

/** How a QBR's status reads on screen and in exports. */
export const QBR_STATUS_LABELS: Readonly<Record<QbrStatus, string>> = {
  planned: 'Planned',
  held: 'Held',
};
