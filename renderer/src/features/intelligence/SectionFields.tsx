import type { ReactNode } from 'react';
import {
  ACCOUNT_STATUSES,
  COMPETITION_KINDS,
  TECHNOLOGY_STATUSES,
  TREND_IMPACTS,
} from '../../../../shared/domain/people/intelligence';
import {
  ACCOUNT_STATUS_LABELS,
  COMPETITION_KIND_LABELS,
  TECHNOLOGY_STATUS_LABELS,
  TREND_IMPACT_LABELS,
} from '../../../../shared/domain/people/people-labels';
import type { FieldErrors } from '../../../../shared/domain/validation';
import { Field } from '../../ui/Field';
import type { IntelligenceForm } from './intelligence-form';

type TextKey =
  | 'accountName'
  | 'segment'
  | 'integrationName'
  | 'certification'
  | 'competitor'
  | 'routeToMarket'
  | 'marketplace'
  | 'region'
  | 'trend';
type ChoiceKey = 'accountStatus' | 'technologyStatus' | 'competitionKind' | 'impact';

const options = <K extends string>(values: readonly K[], labels: Record<K, string>) =>
  values.map((value) => ({ value, label: labels[value] }));

/** The fields of the form's section: what an account, integration, competitor, route or trend is. */
export function SectionFields({
  form,
  errors,
  set,
}: {
  form: IntelligenceForm;
  errors: FieldErrors;
  set: (patch: Partial<IntelligenceForm>) => void;
}) {
  const text = (label: string, key: TextKey, hint?: string): ReactNode => (
    <Field label={label} error={errors[key]} {...(hint === undefined ? {} : { hint })}>
      {(props) => (
        <input
          {...props}
          autoComplete="off"
          value={form[key]}
          onChange={(e) => set({ [key]: e.target.value })}
        />
      )}
    </Field>
  );
  const choice = (
    label: string,
    key: ChoiceKey,
    choices: readonly { value: string; label: string }[],
  ): ReactNode => (
    <Field label={label} error={errors[key]}>
      {(props) => (
        <select {...props} value={form[key]} onChange={(e) => set({ [key]: e.target.value })}>
          {choices.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
  switch (form.section) {
    case 'customers':
      return (
        <>
          {text('Account', 'accountName')}
          <div className="field-row">
            {choice(
              'Account status',
              'accountStatus',
              options(ACCOUNT_STATUSES, ACCOUNT_STATUS_LABELS),
            )}
            {text('Segment', 'segment', 'Such as mid-market retail.')}
          </div>
        </>
      );
    case 'technology':
      return (
        <>
          {text('Integration or API', 'integrationName')}
          <div className="field-row">
            {choice(
              'Integration status',
              'technologyStatus',
              options(TECHNOLOGY_STATUSES, TECHNOLOGY_STATUS_LABELS),
            )}
            {text('Certification', 'certification')}
          </div>
        </>
      );
    case 'competition':
      return (
        <>
          {text('Competitor', 'competitor')}
          {choice(
            'Kind of competition',
            'competitionKind',
            options(COMPETITION_KINDS, COMPETITION_KIND_LABELS),
          )}
        </>
      );
    case 'channels':
      return (
        <>
          {text('Route to market', 'routeToMarket', 'How the partner sells: direct, resellers…')}
          <div className="field-row">
            {text('Marketplace', 'marketplace')}
            {text('Region', 'region')}
          </div>
        </>
      );
    case 'trends':
      return (
        <>
          {text('Trend', 'trend')}
          {choice('Impact', 'impact', options(TREND_IMPACTS, TREND_IMPACT_LABELS))}
        </>
      );
  }
}
