/** Human labels for the positioning enums, shared by the studio screens and the exports. */
import type { PositioningAudience, PositioningStatus } from '../domain/positioning';

/** What each audience is called on screen and in exports. */
export const AUDIENCE_LABELS: Readonly<Record<PositioningAudience, string>> = {
  'partner-sales': 'Partner’s sales team',
  'partner-customers': 'Partner’s customers',
  internal: 'Internal',
};

/** What each status is called on screen and in exports. */
export const STATUS_LABELS: Readonly<Record<PositioningStatus, string>> = {
  draft: 'Draft',
  'in-review': 'In review',
  approved: 'Approved',
  retired: 'Retired',
};
