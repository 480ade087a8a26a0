import type { Table } from 'dexie';
import type { Investment } from '../../../shared/domain/strategy/investment';
import type { MetricEntry } from '../../../shared/domain/strategy/metric';
import {
  FIGURE_METRICS,
  figuresAreEmpty,
  summariseAll,
  summarisePartner,
  type FigureEntry,
  type PartnerFigures,
} from '../../../shared/domain/strategy/partner-figures';
import type { WorkbookDatabase } from './database';
import type { DerivedData } from './repos/strategy-store';

/**
 * Keeps the derived `partnerFigures` table (version 7, see shared/domain/strategy/partner-figures)
 * in step with the metric entries and investments it is derived from. Writers call these inside
 * their own transaction, so the figures commit or roll back with the records. The table is
 * derived data: workbook files, merges and exports never read it, and opening a file or
 * upgrading a database builds it afresh.
 */

/** The tables the figures are read from and written to. */
export interface FigureTables {
  metricEntries: Table<MetricEntry, string>;
  investments: Table<Investment, string>;
  partnerFigures: Table<PartnerFigures, string>;
}

const LOWEST = '';
const HIGHEST = '\uffff';

// Only the metrics kept, read through the [metric+date] index rather than every entry.
async function keptEntries(tables: FigureTables, partnerId?: string): Promise<FigureEntry[]> {
  const found: FigureEntry[] = [];
  for (const metric of FIGURE_METRICS) {
    const entries =
      partnerId === undefined
        ? await tables.metricEntries
            .where('[metric+date]')
            .between([metric, LOWEST], [metric, HIGHEST], true, true)
            .toArray()
        : await tables.metricEntries
            .where('[partnerId+metric+date]')
            .between([partnerId, metric, LOWEST], [partnerId, metric, HIGHEST], true, true)
            .toArray();
    for (const entry of entries) found.push(entry);
  }
  return found;
}

/**
 * Recomputes the figures of the given partners from their stored entries (a partner left with
 * none, or deleted, loses its record). Call inside a transaction over the three tables.
 */
export async function refreshPartnerFigures(
  tables: FigureTables,
  partnerIds: Iterable<string>,
): Promise<void> {
  for (const partnerId of new Set(partnerIds)) {
    const entries = await keptEntries(tables, partnerId);
    const investments = await tables.investments
      .where('[partnerId+date]')
      .between([partnerId, LOWEST], [partnerId, HIGHEST], true, true)
      .toArray();
    const figures = summarisePartner(partnerId, entries, investments);
    if (figuresAreEmpty(figures)) await tables.partnerFigures.delete(partnerId);
    else await tables.partnerFigures.put(figures);
  }
}

/**
 * Rebuilds every partner's figures from the whole tables: after an upgrade, or a bulk write that
 * went around the repositories. Call inside a transaction over the three tables.
 */
export async function rebuildPartnerFigures(tables: FigureTables): Promise<number> {
  const entries = await keptEntries(tables);
  const investments = await tables.investments.toArray();
  const figures = summariseAll(entries, investments).filter((item) => !figuresAreEmpty(item));
  await tables.partnerFigures.clear();
  await tables.partnerFigures.bulkPut(figures);
  return figures.length;
}

/** The figure tables of a database. */
export function figureTables(db: WorkbookDatabase): FigureTables {
  // The plain Table views: what the v7 upgrade's transaction hands over too.
  return {
    metricEntries: db.table<MetricEntry, string>('metricEntries'),
    investments: db.table<Investment, string>('investments'),
    partnerFigures: db.table<PartnerFigures, string>('partnerFigures'),
  };
}

/** The partner figures as derived data of a metric or investment store (strategy-store.ts). */
export function partnerFiguresOf<T extends { partnerId: string }>(
  db: WorkbookDatabase,
): DerivedData<T> {
  const tables = figureTables(db);
  return {
    tables: [tables.metricEntries, tables.investments, tables.partnerFigures],
    refresh: (records) =>
      refreshPartnerFigures(
        tables,
        records.flatMap((record) => (record === undefined ? [] : [record.partnerId])),
      ),
  };
}
