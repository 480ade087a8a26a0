import { useState } from 'react';
import type { Currency } from '../../../../shared/domain/strategy/money';
import type { TierProgramme } from '../../../../shared/domain/strategy/tier';
import type { FieldErrors } from '../../../../shared/domain/validation';
import { useWorkbook } from '../../app/workbook-context';
import { SettingsForm } from './SettingsForm';
import { readTierProgramme, tierProgrammeForm, type TierSlotForm } from './tier-form';
import { TierSlotEditor } from './TierSlotEditor';

interface TierProgrammeSettingsProps {
  initial: TierProgramme;
  /** The workbook's currency: revenue requirements are typed and saved in it. */
  currency: Currency;
}

/** The partner programme's tiers on the four ladder slots, saved and checked as a whole. */
export function TierProgrammeSettings({ initial, currency }: TierProgrammeSettingsProps) {
  const { settings } = useWorkbook();
  const [slots, setSlots] = useState<TierSlotForm[]>(() => tierProgrammeForm(initial));
  const [errors, setErrors] = useState<FieldErrors>({});
  const change = (next: TierSlotForm) =>
    setSlots(slots.map((slot) => (slot.slot === next.slot ? next : slot)));
  const save = async () => {
    const read = readTierProgramme(slots, currency);
    if (!read.ok) {
      setErrors(read.errors);
      return false;
    }
    const result = await settings.setStrategy('tiers', read.value);
    setErrors(result.ok ? {} : result.errors);
    return result.ok;
  };
  return (
    <SettingsForm
      title="Tier programme"
      intro={
        <p className="settings-intro">
          Partners are placed on a ladder of four tiers, lowest first. Use the tiers your programme
          has and give each its own name: partners, filters and the table show that name. A partner
          qualifies for a tier when it meets every requirement; a tier without requirements is open
          to all. Revenue is counted over the last twelve months in {currency}.
        </p>
      }
      formError={errors._}
      onSave={save}
    >
      <div className="tier-slots">
        {slots.map((slot) => (
          <TierSlotEditor
            key={slot.slot}
            value={slot}
            currency={currency}
            errors={errors}
            onChange={change}
          />
        ))}
      </div>
    </SettingsForm>
  );
}
