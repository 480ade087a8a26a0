import { describe, expect, it } from 'vitest';
import { DEFAULT_BALANCE_TARGET } from '../../../../shared/domain/people/balance-target';
import { balanceTargetForm, readBalanceTargetForm } from './balance-target-form';

describe('the target mix form', () => {
  it('starts from the stored target and reads typed whole numbers', () => {
    const form = balanceTargetForm(DEFAULT_BALANCE_TARGET);
    expect(form).toEqual({ inboundPercent: '40', developmentPercent: '50', tolerancePoints: '10' });
    expect(
      readBalanceTargetForm({
        inboundPercent: ' 60 ',
        developmentPercent: '30',
        tolerancePoints: '5',
      }),
    ).toEqual({
      ok: true,
      value: { inboundPercent: 60, developmentPercent: 30, tolerancePoints: 5 },
    });
  });

  it('rejects shares outside 0–100, fractions, text and empty fields with the schema’s words', () => {
    expect(
      readBalanceTargetForm({
        inboundPercent: '140',
        developmentPercent: '12.5',
        tolerancePoints: '',
      }),
    ).toEqual({
      ok: false,
      errors: {
        inboundPercent: 'The inbound share is a whole percent from 0 to 100.',
        developmentPercent: 'The development share is a whole percent from 0 to 100.',
        tolerancePoints: 'The tolerance is a whole number of points from 0 to 50.',
      },
    });
    expect(
      readBalanceTargetForm({
        inboundPercent: 'half',
        developmentPercent: '50',
        tolerancePoints: '51',
      }),
    ).toEqual({
      ok: false,
      errors: {
        inboundPercent: 'The inbound share is a whole percent from 0 to 100.',
        tolerancePoints: 'The tolerance is a whole number of points from 0 to 50.',
      },
    });
  });
});
