import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import type { ActivityPartnerChoice } from '../../db/repos/activity-repo';
import { useWorkbook } from '../../app/workbook-context';
import { Field } from '../../ui/Field';

interface PartnerComboboxProps {
  label: string;
  /** The chosen partner's id, or '' while none is chosen. */
  partnerId: string;
  /** What the field shows: the chosen partner's name, or what is being typed. */
  text: string;
  onChange: (partnerId: string, text: string) => void;
  error?: string | undefined;
  hint?: string;
}

/**
 * A partner picker with type-ahead: typing lists the partners whose name starts with the text
 * (read through the name index, so it stays quick with 100,000 partners); arrow keys move
 * through the list, Enter or a click picks one. Typing after a pick clears it, so the field
 * never shows one partner while holding another.
 */
export function PartnerCombobox(props: PartnerComboboxProps) {
  const { label, partnerId, text, onChange, error, hint } = props;
  const { activities } = useWorkbook();
  const listId = useId();
  const [choices, setChoices] = useState<ActivityPartnerChoice[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);

  useEffect(() => {
    if (!open || partnerId !== '') return;
    let current = true;
    activities.partnerChoices(text).then(
      (found) => {
        if (!current) return;
        setChoices(found);
        setActive(0);
      },
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [activities, open, partnerId, text]);

  const expanded = open && partnerId === '' && choices.length > 0;
  const pick = (choice: ActivityPartnerChoice) => {
    onChange(choice.id, choice.name);
    setOpen(false);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((index) => Math.min(Math.max(index + step, 0), Math.max(choices.length - 1, 0)));
    } else if (event.key === 'Enter' && expanded) {
      // Enter picks the partner rather than submitting the form without one.
      event.preventDefault();
      const choice = choices[active];
      if (choice) pick(choice);
    } else if (event.key === 'Escape' && expanded) {
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
    }
  };
  const optionId = (index: number) => `${listId}-option-${index}`;
  return (
    <Field label={label} error={error} {...(hint === undefined ? {} : { hint })}>
      {(a11y) => (
        <div className="combobox">
          <input
            {...a11y}
            role="combobox"
            aria-autocomplete="list"
            aria-expanded={expanded}
            aria-controls={listId}
            {...(expanded ? { 'aria-activedescendant': optionId(active) } : {})}
            autoComplete="off"
            value={text}
            onChange={(event) => {
              onChange('', event.target.value);
              setOpen(true);
            }}
            onFocus={() => setOpen(true)}
            onBlur={() => setOpen(false)}
            onKeyDown={onKeyDown}
          />
          <ul id={listId} role="listbox" aria-label={`${label} choices`} hidden={!expanded}>
            {choices.map((choice, index) => (
              <li
                key={choice.id}
                id={optionId(index)}
                role="option"
                aria-selected={index === active}
                // Keeps the focus in the field, so the pick lands before blur closes the list.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => pick(choice)}
              >
                {choice.name}
              </li>
            ))}
          </ul>
        </div>
      )}
    </Field>
  );
}
