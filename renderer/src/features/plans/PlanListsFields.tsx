import type { Dispatch, SetStateAction } from 'react';
import type { FieldErrors } from '../../../../shared/domain/validation';
import { Field } from '../../ui/Field';
import type { PlanForm, RiskForm } from './plan-form';

/** Target accounts, QBR dates and risks: the lists of a plan. Blank rows are simply not saved. */
export function PlanListsFields({
  form,
  errors,
  update,
}: {
  form: PlanForm;
  errors: FieldErrors;
  update: Dispatch<SetStateAction<PlanForm>>;
}) {
  const setDates = (change: (dates: string[]) => string[]) =>
    update((f) => ({ ...f, qbrDates: change(f.qbrDates) }));
  const setRisks = (change: (risks: RiskForm[]) => RiskForm[]) =>
    update((f) => ({ ...f, risks: change(f.risks) }));
  const setRisk = (row: number, patch: Partial<RiskForm>) =>
    setRisks((risks) => risks.map((r, i) => (i === row ? { ...r, ...patch } : r)));
  return (
    <>
      <section className="plan-section" aria-labelledby="plan-accounts-title">
        <h3 id="plan-accounts-title">Target accounts</h3>
        <Field label="Accounts, one per line" error={errors.targetAccounts}>
          {(props) => (
            <textarea
              {...props}
              className="grow"
              value={form.targetAccounts}
              onChange={(e) => {
                const value = e.target.value;
                update((f) => ({ ...f, targetAccounts: value }));
              }}
            />
          )}
        </Field>
      </section>
      <section className="plan-section" aria-labelledby="plan-qbr-title">
        <h3 id="plan-qbr-title">Quarterly business reviews</h3>
        <ul className="plain-list">
          {form.qbrDates.map((date, row) => (
            <li key={row} className="list-row">
              <Field label={`QBR ${row + 1}`} error={errors[`qbrDates.${row}`]}>
                {(props) => (
                  <input
                    {...props}
                    type="date"
                    value={date}
                    onChange={(e) => {
                      const value = e.target.value;
                      setDates((dates) => dates.map((d, i) => (i === row ? value : d)));
                    }}
                  />
                )}
              </Field>
              <button
                type="button"
                className="link-button danger"
                aria-label={`Remove QBR ${row + 1}`}
                onClick={() => setDates((dates) => dates.filter((_, i) => i !== row))}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
        <button type="button" onClick={() => setDates((dates) => [...dates, ''])}>
          Add QBR date
        </button>
      </section>
      <section className="plan-section" aria-labelledby="plan-risks-title">
        <h3 id="plan-risks-title">Risks</h3>
        {form.risks.map((risk, row) => (
          <div key={row} className="risk-row" role="group" aria-label={`Risk ${row + 1}`}>
            <Field label="Risk" error={errors[`risks.${row}.description`]}>
              {(props) => (
                <input
                  {...props}
                  value={risk.description}
                  onChange={(e) => setRisk(row, { description: e.target.value })}
                />
              )}
            </Field>
            <Field label="Mitigation" error={errors[`risks.${row}.mitigation`]}>
              {(props) => (
                <input
                  {...props}
                  value={risk.mitigation}
                  onChange={(e) => setRisk(row, { mitigation: e.target.value })}
                />
              )}
            </Field>
            <button
              type="button"
              className="link-button danger"
              aria-label={`Remove risk ${row + 1}`}
              onClick={() => setRisks((risks) => risks.filter((_, i) => i !== row))}
            >
              Remove
            </button>
          </div>
        ))}
        <button
          type="button"
          onClick={() => setRisks((risks) => [...risks, { description: '', mitigation: '' }])}
        >
          Add risk
        </button>
      </section>
    </>
  );
}
