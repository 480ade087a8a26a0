import { describe, expect, it } from 'vitest';
import { emptyGoalForm, goalToForm, readGoalForm, type GoalForm } from './goal-form';

const base = (over: Partial<GoalForm> = {}): GoalForm => ({
  ...emptyGoalForm('EUR', '2026-03-15'),
  title: 'Grow new ARR',
  measure: 'New ARR',
  target: '4,000,000',
  ...over,
});

describe('goal form', () => {
  it('starts on the calendar year of today, in the workbook currency', () => {
    const form = emptyGoalForm('USD', '2026-03-15');
    expect(form.periodStart).toBe('2026-01-01');
    expect(form.periodEnd).toBe('2026-12-31');
    expect(form.unit).toEqual({ kind: 'money', label: '', currency: 'USD' });
  });

  it('reads a money target in major units into minor units', () => {
    const read = readGoalForm(base());
    expect(read).toEqual({
      ok: true,
      value: {
        title: 'Grow new ARR',
        measure: 'New ARR',
        unit: { kind: 'money', currency: 'EUR' },
        target: 400_000_000,
        period: { start: '2026-01-01', end: '2026-12-31' },
        notes: undefined,
      },
    });
  });

  it('reads a count of installs as a named quantity', () => {
    const read = readGoalForm(
      base({ unit: { kind: 'quantity', label: 'installs', currency: 'EUR' }, target: '1 500' }),
    );
    expect(read.ok && read.value.target).toBe(1500);
    expect(read.ok && read.value.unit).toEqual({ kind: 'quantity', label: 'installs' });
  });

  it('gives every field’s message at once', () => {
    const read = readGoalForm(
      base({ title: ' ', target: '12.345', periodStart: '2026-12-31', periodEnd: '2026-01-01' }),
    );
    expect(read).toEqual({
      ok: false,
      errors: {
        title: 'A goal needs a title.',
        target: 'EUR has 2 decimal places; enter at most 2.',
        'period.end': 'The period must end on or after the day it starts.',
      },
    });
  });

  it('asks for the name of an other unit', () => {
    const read = readGoalForm(base({ unit: { kind: 'quantity', label: '', currency: 'EUR' } }));
    expect(read.ok ? {} : read.errors).toEqual({
      'unit.label': 'Name the unit, for example “installs”.',
    });
  });

  it('round-trips a stored goal', () => {
    const stored = {
      id: '00000000-0000-4000-8000-000000000001',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      title: 'Customers live on the integration',
      measure: 'Live customers',
      unit: { kind: 'count' as const },
      target: 120,
      period: { start: '2026-01-01', end: '2026-06-30' },
      notes: undefined,
    };
    const form = goalToForm(stored, 'EUR');
    expect(form.target).toBe('120');
    const read = readGoalForm(form);
    expect(read.ok && read.value.target).toBe(120);
  });
});
