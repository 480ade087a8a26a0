import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { addDays, type IsoDate } from '../../../../shared/domain/strategy/iso-date';
import {
  computePortfolio,
  type Portfolio,
} from '../../../../shared/domain/strategy/portfolio/portfolio';
import { useWorkbook } from '../../app/workbook-context';
import { usePartnerRows } from '../partners/use-partners';
import { useStrategySettings } from '../settings/use-strategy-settings';

/**
 * The portfolio dashboard's figures, live. Partners come from the partners table's in-memory rows;
 * everything else from the derived per-partner figures, the last 90 days of activities and the
 * plans, re-read when they change. The computation itself is one pass (shared/…/portfolio.ts).
 */

/** The figures once ready, or what is being read meanwhile. */
export interface PortfolioState {
  portfolio: Portfolio | undefined;
  /** What the dashboard is waiting for, in words, while it has no figures. */
  step: string;
}

/** Today as the user's calendar date. */
export function localToday(now = new Date()): IsoDate {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

// Engagement, the longest window on activities, looks back 90 days.
const ACTIVITY_DAYS = 90;

/** The dashboard's figures as of today. */
export function usePortfolio(): PortfolioState {
  const workbook = useWorkbook();
  const rows = usePartnerRows();
  const settings = useStrategySettings();
  // Fixed for the life of the screen, so that the figures do not shift while being read.
  const [today] = useState(localToday);
  const stored = useLiveQuery(async () => {
    const { dashboard } = workbook;
    const since = `${addDays(today, -(ACTIVITY_DAYS - 1))}T00:00:00.000Z`;
    const [figures, activities, plans] = await Promise.all([
      dashboard.figures(),
      dashboard.activitiesSince(since),
      dashboard.plans(),
    ]);
    return { figures, activities, plans };
  }, [workbook, today]);

  const portfolio = useMemo(() => {
    if (!rows.complete || settings === undefined || stored === undefined) return undefined;
    return computePortfolio({ today, settings, partners: rows.rows, ...stored });
  }, [rows, settings, stored, today]);

  const step = !rows.complete
    ? `Reading partners… ${rows.rows.length.toLocaleString()} of ${rows.total.toLocaleString()}`
    : stored === undefined || settings === undefined
      ? 'Reading partner figures…'
      : 'Computing the dashboard…';
  return { portfolio, step };
}
