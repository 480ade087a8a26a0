import {
  balanceTargetSchema,
  type BalanceTarget,
} from '../../../../shared/domain/people/balance-target';
import { validate, type Validated } from '../../../../shared/domain/validation';
import { readNumber } from './form-numbers';

/** The target mix fields as typed. */
export interface BalanceTargetForm {
  inboundPercent: string;
  developmentPercent: string;
  tolerancePoints: string;
}

/** The fields filled from the stored target. */
export function balanceTargetForm(target: BalanceTarget): BalanceTargetForm {
  return {
    inboundPercent: String(target.inboundPercent),
    developmentPercent: String(target.developmentPercent),
    tolerancePoints: String(target.tolerancePoints),
  };
}

/**
 * Reads the fields into a target, judged by the shared schema. An empty field is an error here,
 * not the schema's default: a cleared field would otherwise save silently as 40 or 10.
 */
export function readBalanceTargetForm(form: BalanceTargetForm): Validated<BalanceTarget> {
  const values = {
    inboundPercent: readNumber(form.inboundPercent),
    developmentPercent: readNumber(form.developmentPercent),
    tolerancePoints: readNumber(form.tolerancePoints),
  };
  return validate(balanceTargetSchema, values);
}
