/**
 * The strategy sheets of a workbook export: company goals, partner plans (one row per
 * objective, and one row for a plan without objectives), investments and metric entries.
 * Money is a number in major units (1234.5, not 123450) beside a currency column, dates are
 * dates, and stored codes read as labels.
 */
import type { CompanyGoal } from '../../domain/strategy/company-goal';
import type { Investment } from '../../domain/strategy/investment';
import type { MeasureUnit } from '../../domain/strategy/measure';
import {
  findMetricDefinition,
  type CustomMetric,
  type MetricEntry,
} from '../../domain/strategy/metric';
import { minorDigits } from '../../domain/strategy/money';
import type { Objective, PartnerPlan } from '../../domain/strategy/partner-plan';
import {
  FUND_TYPE_LABELS,
  INVESTMENT_KIND_LABELS,
  INVESTMENT_TAG_LABELS,
  OBJECTIVE_STATUS_LABELS,
  PLAN_STATUS_LABELS,
} from '../../domain/strategy/strategy-labels';
import type { ExportSheet } from './export-sheet';
import { buildSheet, joinList, textOrNull, toDate, type ColumnSpec } from './sheet-builder';

/** The strategy records an export reads; each table may be missing (older callers). */
export interface ExportableStrategy {
  companyGoals?: readonly CompanyGoal[];
  partnerPlans?: readonly PartnerPlan[];
  investments?: readonly Investment[];
  metricEntries?: readonly MetricEntry[];
  customMetrics?: readonly CustomMetric[];
}

const ID = 38;
const DATE = 12;

/** An amount in minor units as a number in major units: 123450 EUR → 1234.5. */
export function majorUnits(amountMinor: number, currency: string): number {
  return amountMinor / 10 ** minorDigits(currency);
}

/** An ISO date ("2026-03-31") as a Date at midnight UTC, or null. */
export function dateCell(date: string | undefined): Date | null {
  return date === undefined ? null : toDate(`${date}T00:00:00.000Z`);
}

// A value in its unit as a number (money in major units) and the unit's name.
const measured = (value: number | undefined, unit: MeasureUnit): number | null =>
  value === undefined ? null : unit.kind === 'money' ? majorUnits(value, unit.currency) : value;
const unitName = (unit: MeasureUnit): string =>
  unit.kind === 'money' ? unit.currency : unit.kind === 'quantity' ? unit.label : unit.kind;

const stamps = <
  T extends { id: string; createdAt: string; updatedAt: string },
>(): ColumnSpec<T>[] => [
  { header: 'Created', type: 'date', width: 17, value: (r) => toDate(r.createdAt) },
  { header: 'Updated', type: 'date', width: 17, value: (r) => toDate(r.updatedAt) },
  { header: 'ID', type: 'text', width: ID, value: (r) => r.id },
];

type PlanRow = { plan: PartnerPlan; objective: Objective | undefined };

/** Builds the four strategy sheets; `partnerName` names a partner by id. */
export function strategySheets(
  workbook: ExportableStrategy,
  partnerName: (id: string) => string | null,
): ExportSheet[] {
  const goals = [...(workbook.companyGoals ?? [])].sort(
    (a, b) => a.period.start.localeCompare(b.period.start) || a.title.localeCompare(b.title),
  );
  const goalTitles = new Map(goals.map((goal) => [goal.id, goal.title]));
  const goalColumns: ColumnSpec<CompanyGoal>[] = [
    { header: 'Title', type: 'text', width: 32, value: (g) => g.title },
    { header: 'Measure', type: 'text', width: 24, value: (g) => g.measure },
    { header: 'Target', type: 'number', width: 14, value: (g) => measured(g.target, g.unit) },
    { header: 'Unit', type: 'text', width: 10, value: (g) => unitName(g.unit) },
    { header: 'Period start', type: 'date', width: DATE, value: (g) => dateCell(g.period.start) },
    { header: 'Period end', type: 'date', width: DATE, value: (g) => dateCell(g.period.end) },
    { header: 'Notes', type: 'text', width: 40, value: (g) => textOrNull(g.notes) },
    ...stamps<CompanyGoal>(),
  ];

  const plans = [...(workbook.partnerPlans ?? [])].sort(
    (a, b) =>
      (partnerName(a.partnerId) ?? '').localeCompare(partnerName(b.partnerId) ?? '') ||
      a.period.start.localeCompare(b.period.start),
  );
  const planRows = plans.flatMap((plan): PlanRow[] =>
    plan.objectives.length === 0
      ? [{ plan, objective: undefined }]
      : plan.objectives.map((objective) => ({ plan, objective })),
  );
  const sum = (o: Objective | undefined, key: 'target' | 'actual'): number | null => {
    const values = (o?.quarters ?? []).flatMap((q) => (q[key] === undefined ? [] : [q[key]]));
    if (!o || values.length === 0) return null;
    return measured(
      values.reduce((total, v) => total + v, 0),
      o.unit,
    );
  };
  const planColumns: ColumnSpec<PlanRow>[] = [
    { header: 'Partner', type: 'text', width: 32, value: (r) => partnerName(r.plan.partnerId) },
    {
      header: 'Period start',
      type: 'date',
      width: DATE,
      value: (r) => dateCell(r.plan.period.start),
    },
    { header: 'Period end', type: 'date', width: DATE, value: (r) => dateCell(r.plan.period.end) },
    {
      header: 'Plan status',
      type: 'text',
      width: 14,
      value: (r) => PLAN_STATUS_LABELS[r.plan.status],
    },
    { header: 'Vision', type: 'text', width: 40, value: (r) => textOrNull(r.plan.vision) },
    { header: 'Objective', type: 'text', width: 32, value: (r) => r.objective?.title ?? null },
    {
      header: 'Company goal',
      type: 'text',
      width: 32,
      value: (r) => {
        const id = r.objective?.companyGoalId;
        return id === undefined ? null : (goalTitles.get(id) ?? null);
      },
    },
    { header: 'Measure', type: 'text', width: 24, value: (r) => r.objective?.measure ?? null },
    {
      header: 'Unit',
      type: 'text',
      width: 10,
      value: (r) => (r.objective ? unitName(r.objective.unit) : null),
    },
    {
      header: 'Target (all quarters)',
      type: 'number',
      width: 14,
      value: (r) => sum(r.objective, 'target'),
    },
    {
      header: 'Actual (all quarters)',
      type: 'number',
      width: 14,
      value: (r) => sum(r.objective, 'actual'),
    },
    {
      header: 'Objective status',
      type: 'text',
      width: 14,
      value: (r) => (r.objective ? OBJECTIVE_STATUS_LABELS[r.objective.status] : null),
    },
    {
      header: 'Our owner',
      type: 'text',
      width: 18,
      value: (r) => textOrNull(r.objective?.ownerOurs),
    },
    {
      header: 'Partner’s owner',
      type: 'text',
      width: 18,
      value: (r) => textOrNull(r.objective?.ownerPartner),
    },
    { header: 'QBR dates', type: 'text', width: 24, value: (r) => joinList(r.plan.qbrDates) },
    { header: 'Partner ID', type: 'text', width: ID, value: (r) => r.plan.partnerId },
    { header: 'Plan ID', type: 'text', width: ID, value: (r) => r.plan.id },
  ];

  const investments = [...(workbook.investments ?? [])].sort(
    (a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id),
  );
  const investmentColumns: ColumnSpec<Investment>[] = [
    { header: 'Date', type: 'date', width: DATE, value: (i) => dateCell(i.date) },
    { header: 'Partner', type: 'text', width: 32, value: (i) => partnerName(i.partnerId) },
    { header: 'Kind', type: 'text', width: 10, value: (i) => INVESTMENT_KIND_LABELS[i.kind] },
    { header: 'Tag', type: 'text', width: 16, value: (i) => INVESTMENT_TAG_LABELS[i.tag] },
    {
      header: 'Hours',
      type: 'number',
      width: 10,
      value: (i) => (i.kind === 'time' ? i.hours : null),
    },
    {
      header: 'Person',
      type: 'text',
      width: 18,
      value: (i) => (i.kind === 'time' ? i.person : null),
    },
    {
      header: 'Amount',
      type: 'number',
      width: 14,
      value: (i) =>
        i.kind === 'money' ? majorUnits(i.amount.amountMinor, i.amount.currency) : null,
    },
    {
      header: 'Currency',
      type: 'text',
      width: 10,
      value: (i) => (i.kind === 'money' ? i.amount.currency : null),
    },
    {
      header: 'Fund type',
      type: 'text',
      width: 16,
      value: (i) => (i.kind === 'money' ? FUND_TYPE_LABELS[i.fundType] : null),
    },
    {
      header: 'Effort (1–5)',
      type: 'number',
      width: 10,
      value: (i) => (i.kind === 'energy' ? i.rating : null),
    },
    { header: 'Note', type: 'text', width: 40, value: (i) => textOrNull(i.note) },
    { header: 'Partner ID', type: 'text', width: ID, value: (i) => i.partnerId },
    ...stamps<Investment>(),
  ];

  const custom = workbook.customMetrics ?? [];
  const entries = [...(workbook.metricEntries ?? [])].sort(
    (a, b) =>
      b.date.localeCompare(a.date) || a.metric.localeCompare(b.metric) || a.id.localeCompare(b.id),
  );
  const metricColumns: ColumnSpec<MetricEntry>[] = [
    { header: 'Date', type: 'date', width: DATE, value: (m) => dateCell(m.date) },
    { header: 'Partner', type: 'text', width: 32, value: (m) => partnerName(m.partnerId) },
    {
      header: 'Metric',
      type: 'text',
      width: 28,
      value: (m) => findMetricDefinition(m.metric, custom)?.name ?? m.metric,
    },
    {
      header: 'Value',
      type: 'number',
      width: 14,
      value: (m) => (m.currency === undefined ? m.value : majorUnits(m.value, m.currency)),
    },
    { header: 'Currency', type: 'text', width: 10, value: (m) => m.currency ?? null },
    { header: 'Note', type: 'text', width: 40, value: (m) => textOrNull(m.note) },
    { header: 'Partner ID', type: 'text', width: ID, value: (m) => m.partnerId },
    ...stamps<MetricEntry>(),
  ];

  return [
    buildSheet('Company goals', goalColumns, goals),
    buildSheet('Partner plans', planColumns, planRows),
    buildSheet('Investments', investmentColumns, investments),
    buildSheet('Metrics', metricColumns, entries),
  ];
}
