import type { MeasureUnit } from '../../../../shared/domain/strategy/measure';

/**
 * The unit of a goal or an objective as a form holds it. Money keeps the currency it was set in
 * (a goal set in USD stays in USD when the workbook later counts in EUR); new money targets take
 * the workbook's currency.
 */

/** The kinds of unit a target can be in. */
export type UnitKind = MeasureUnit['kind'];

/** A unit as edited. */
export interface UnitForm {
  kind: UnitKind;
  /** The name of a quantity ("installs"); kept while another kind is picked, in case of a switch back. */
  label: string;
  currency: string;
}

/** The unit kinds in the order they are offered. */
export const UNIT_KINDS: readonly UnitKind[] = ['money', 'count', 'percent', 'quantity'];

/** How each unit kind reads in a select; money names its currency. */
export function unitKindLabel(kind: UnitKind, currency: string): string {
  switch (kind) {
    case 'money':
      return `Money (${currency})`;
    case 'count':
      return 'Count';
    case 'percent':
      return 'Percent';
    case 'quantity':
      return 'Other unit';
  }
}

/** A new unit form: money in the workbook's currency. */
export function emptyUnitForm(currency: string): UnitForm {
  return { kind: 'money', label: '', currency };
}

/** A stored unit as a form. */
export function unitToForm(unit: MeasureUnit, currency: string): UnitForm {
  return {
    kind: unit.kind,
    label: unit.kind === 'quantity' ? unit.label : '',
    currency: unit.kind === 'money' ? unit.currency : currency,
  };
}

/** The unit a form describes (its label checked by the shared schema on save). */
export function formToUnit(form: UnitForm): MeasureUnit {
  switch (form.kind) {
    case 'money':
      return { kind: 'money', currency: form.currency };
    case 'quantity':
      return { kind: 'quantity', label: form.label.trim() };
    case 'count':
    case 'percent':
      return { kind: form.kind };
  }
}
