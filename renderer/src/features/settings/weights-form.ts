import {
  DEFAULT_HEALTH_WEIGHTS,
  HEALTH_COMPONENTS,
  type HealthComponent,
  type HealthWeights,
} from '../../../../shared/domain/strategy/health-weights';
import { readNumber } from './form-numbers';

/** The weight fields as typed, one per component. */
export type WeightsForm = Record<HealthComponent, string>;

/** The ranges partner programmes typically give each component, in percent. */
export const TYPICAL_WEIGHTS: Readonly<Record<HealthComponent, string>> = {
  revenue: '30–40%',
  pipeline: '15–20%',
  engagement: '20–25%',
  enablement: '15–20%',
  relationship: '5–10%',
};

/** The fields filled from stored weights. */
export function weightsForm(weights: Readonly<HealthWeights>): WeightsForm {
  const form = {} as WeightsForm;
  for (const component of HEALTH_COMPONENTS) form[component] = String(weights[component]);
  return form;
}

/** The fields filled with the defaults a new workbook starts with. */
export const defaultWeightsForm = (): WeightsForm => weightsForm(DEFAULT_HEALTH_WEIGHTS);

/** What the fields hold, for the weights schema to judge (numbers where they read as numbers). */
export function weightsFromForm(form: WeightsForm): Record<HealthComponent, number | string> {
  const values = {} as Record<HealthComponent, number | string>;
  for (const component of HEALTH_COMPONENTS) values[component] = readNumber(form[component]);
  return values;
}

/** The running total shown beside the fields: the fields that read as numbers, added up. */
export function typedTotal(form: WeightsForm): number {
  return HEALTH_COMPONENTS.reduce((sum, component) => {
    const value = readNumber(form[component]);
    return typeof value === 'number' ? sum + value : sum;
  }, 0);
}
