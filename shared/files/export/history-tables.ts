/**
 * The "Stage and tier changes" sheet of a workbook export: each partner's dated stage and tier
 * changes, one row each, by partner and then in the order they took effect, with labels instead
 * of stored codes, so that time in stage and tier history can be worked out in a spreadsheet.
 * A partner's field with no record has its first record derived (shared/domain/first-changes.ts),
 * so the sheet lists it whether the workbook stores it or not.
 */
import { derivedFirstChanges, type FirstChangeSource } from '../../domain/first-changes';
import { STAGE_LABELS, TIER_LABELS } from '../../domain/labels';
import type { PartnerChange } from '../../domain/partner-change';
import { inEffectOrder } from '../../domain/partner-history';
import type { ExportSheet } from './export-sheet';
import { buildSheet, textOrNull, toDate, type ColumnSpec } from './sheet-builder';
import { dateCell } from './strategy-tables';

/** The history records an export reads; missing for older callers. */
export interface ExportableHistory {
  partnerChanges?: readonly PartnerChange[];
  /** The partners, whose first records are derived when none is stored. */
  partners?: readonly FirstChangeSource[];
}

const VALUE_LABELS: Readonly<Record<string, string>> = { ...STAGE_LABELS, ...TIER_LABELS };

const label = (value: string | null): string | null =>
  value === null ? null : (VALUE_LABELS[value] ?? value);

/** Builds the Stage and tier changes sheet; `partnerName` names a partner by id. */
export function historySheets(
  workbook: ExportableHistory,
  partnerName: (id: string) => string | null,
): ExportSheet[] {
  const name = (change: PartnerChange) => partnerName(change.partnerId) ?? '';
  const stored = workbook.partnerChanges ?? [];
  const derived = derivedFirstChanges(workbook.partners ?? [], stored);
  const rows = inEffectOrder([...stored, ...derived]).sort((a, b) =>
    name(a).localeCompare(name(b)),
  );
  const columns: ColumnSpec<PartnerChange>[] = [
    { header: 'Partner', type: 'text', width: 32, value: (c) => partnerName(c.partnerId) },
    {
      header: 'Field',
      type: 'text',
      width: 10,
      value: (c) => (c.field === 'stage' ? 'Stage' : 'Tier'),
    },
    { header: 'From', type: 'text', width: 13, value: (c) => label(c.from) },
    { header: 'To', type: 'text', width: 13, value: (c) => label(c.to) },
    { header: 'Effective', type: 'date', width: 12, value: (c) => dateCell(c.effectiveOn) },
    { header: 'Changed at', type: 'date', width: 17, value: (c) => toDate(c.changedAt) },
    { header: 'Note', type: 'text', width: 40, value: (c) => textOrNull(c.note) },
    { header: 'Partner ID', type: 'text', width: 38, value: (c) => c.partnerId },
    { header: 'ID', type: 'text', width: 38, value: (c) => c.id },
  ];
  return [buildSheet('Stage and tier changes', columns, rows)];
}
