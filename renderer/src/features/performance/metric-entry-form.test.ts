import { describe, expect, it } from 'vitest';
import {
  BUILT_IN_METRICS,
  type MetricDefinition,
  type MetricEntry,
} from '../../../../shared/domain/strategy/metric';
import { metricEntryToForm, readMetricEntryForm } from './metric-entry-form';

const PARTNER = 'p1';
const sourced = BUILT_IN_METRICS['sourced-revenue'];
const won = BUILT_IN_METRICS['deals-won'];
const share: MetricDefinition = {
  key: 'm1',
  name: 'Share of wallet',
  definition: '',
  unit: 'percent',
  indicator: 'lagging',
  aggregation: 'latest',
  builtIn: false,
};

const form = (value: string, note = '') => ({ metric: 'x', date: '2026-03-31', value, note });

describe('reading a metric entry form', () => {
  it('reads a typed amount into minor units of the workbook currency', () => {
    expect(readMetricEntryForm(form('12,500.00', ' Acme deal '), PARTNER, sourced, 'EUR')).toEqual({
      ok: true,
      value: {
        partnerId: PARTNER,
        metric: 'sourced-revenue',
        date: '2026-03-31',
        value: 1_250_000,
        currency: 'EUR',
        note: 'Acme deal',
      },
    });
    expect(readMetricEntryForm(form('1,234'), PARTNER, sourced, 'JPY')).toMatchObject({
      ok: true,
      value: { value: 1234, currency: 'JPY' },
    });
  });

  it('reads counts as whole numbers without a currency, and percentages with or without %', () => {
    expect(readMetricEntryForm(form('3'), PARTNER, won, 'EUR')).toEqual({
      ok: true,
      value: { partnerId: PARTNER, metric: 'deals-won', date: '2026-03-31', value: 3 },
    });
    expect(readMetricEntryForm(form('12.5 %'), PARTNER, share, 'EUR')).toMatchObject({
      ok: true,
      value: { metric: 'm1', value: 12.5 },
    });
  });

  it('says what is wrong beside the field', () => {
    expect(readMetricEntryForm(form('12.500,00'), PARTNER, sourced, 'EUR')).toEqual({
      ok: false,
      errors: { value: 'Enter an amount like 1,234.50, with digits only.' },
    });
    expect(readMetricEntryForm(form('2.5'), PARTNER, won, 'EUR')).toEqual({
      ok: false,
      errors: { value: 'Enter a whole number, zero or more, like 3.' },
    });
    expect(readMetricEntryForm({ ...form(''), date: '' }, PARTNER, undefined, 'EUR')).toEqual({
      ok: false,
      errors: { metric: 'Choose a metric.', date: 'Enter the date the figure is for.' },
    });
  });

  it('shows a stored amount for editing as it would be typed', () => {
    const entry: MetricEntry = {
      id: 'e1',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      partnerId: PARTNER,
      metric: 'sourced-revenue',
      date: '2026-02-01',
      value: 1_250_005,
      currency: 'EUR',
    };
    expect(metricEntryToForm(entry, sourced)).toEqual({
      metric: 'sourced-revenue',
      date: '2026-02-01',
      value: '12500.05',
      note: '',
    });
  });
});
