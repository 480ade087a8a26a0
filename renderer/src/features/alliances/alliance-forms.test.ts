import { describe, expect, it } from 'vitest';
import { askInputSchema } from '../../../../shared/domain/people/ask';
import { stakeholderInputSchema } from '../../../../shared/domain/people/stakeholder';
import {
  askFormToInput,
  askToForm,
  emptyAskForm,
  emptyStakeholderForm,
  stakeholderFormToInput,
  withStatus,
} from './alliance-forms';

const id = '6f1c7a52-3b0e-4a57-9d7e-2f0d4c1b8a11';

describe('the stakeholder form', () => {
  it('sends unchosen choices and an empty date as absent, so the schema names each', () => {
    const input = stakeholderFormToInput({ ...emptyStakeholderForm(), name: 'Dana' });
    expect(input).toMatchObject({ name: 'Dana', team: undefined, lastMetAt: undefined });
    const parsed = stakeholderInputSchema.safeParse(input);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['team', 'Choose a team.'],
      ['influence', 'Choose high, medium or low influence.'],
      ['stance', 'Choose a stance.'],
    ]);
  });
});

describe('the ask form', () => {
  it('dates an ask today when it moves to asked without a date, and keeps a date it has', () => {
    const form = emptyAskForm(id);
    expect(withStatus(form, 'asked', '2026-11-29').askedAt).toBe('2026-11-29');
    expect(withStatus({ ...form, askedAt: '2026-10-01' }, 'asked', '2026-11-29').askedAt).toBe(
      '2026-10-01',
    );
    expect(withStatus(form, 'agreed', '2026-11-29').askedAt).toBe('');
  });

  it('asks for a colleague first, then sends no partner and no date as absent', () => {
    expect(askFormToInput(emptyAskForm())).toEqual({
      ok: false,
      errors: { stakeholderId: 'Choose the colleague you ask.' },
    });
    const read = askFormToInput({ ...emptyAskForm(id), what: 'Two engineers' });
    expect(read).toEqual({
      ok: true,
      value: {
        what: 'Two engineers',
        why: '',
        stakeholderId: id,
        partnerId: undefined,
        status: 'planned',
        askedAt: undefined,
        outcome: '',
      },
    });
    if (!read.ok) throw new Error('read');
    const parsed = askInputSchema.parse(read.value);
    expect(askToForm({ ...parsed, id, createdAt: '', updatedAt: '' })).toEqual({
      ...emptyAskForm(id),
      what: 'Two engineers',
    });
  });
});
