import { healthBand, type HealthBand } from '../labels';
import { figure, noFigure, type Figure } from './figure';
import { healthComponents, type HealthComponents, type HealthInput } from './health-components';
import type { HealthTargets } from './health-targets';
import { HEALTH_COMPONENTS, type HealthComponent, type HealthWeights } from './health-weights';

/**
 * A partner's health score: the weighted mean of the scored components, rounded to a whole
 * number, with its band (green 80 and over, yellow 50–79, red under 50) and the components
 * behind it. A component left unscored (no money target set) drops out and the other weights
 * carry the score; `scoredWeight` says how much of the weight that was.
 */

/** A health score, its band, and everything behind it. */
export interface HealthScore {
  score: Figure<number, 'no-scored-components'>;
  band: HealthBand | undefined;
  /** The weight (of 100) of the components that were scored. */
  scoredWeight: number;
  components: HealthComponents;
}

/** Each component's 0–100 score, or undefined when it could not be scored. */
export type ComponentScores = Record<HealthComponent, number | undefined>;

/** The component scores out of the components. */
export function componentScores(components: HealthComponents): ComponentScores {
  return {
    revenue: components.revenue.score.value,
    pipeline: components.pipeline.score.value,
    engagement: components.engagement.score,
    enablement: components.enablement.score,
    relationship: components.relationship.score,
  };
}

/** The weighted mean of the scored components, rounded; no figure when no weight was scored. */
export function combineHealth(
  scores: ComponentScores,
  weights: HealthWeights,
): { score: Figure<number, 'no-scored-components'>; scoredWeight: number } {
  let weighted = 0;
  let scoredWeight = 0;
  for (const component of HEALTH_COMPONENTS) {
    const score = scores[component];
    if (score === undefined) continue;
    weighted += weights[component] * score;
    scoredWeight += weights[component];
  }
  return {
    score:
      scoredWeight === 0
        ? noFigure('no-scored-components')
        : figure(Math.round(weighted / scoredWeight)),
    scoredWeight,
  };
}

/** A partner's health score from its data, the weights and the targets. */
export function healthScore(
  input: HealthInput,
  settings: { weights: HealthWeights; targets: HealthTargets },
): HealthScore {
  const components = healthComponents(input, settings.targets);
  const { score, scoredWeight } = combineHealth(componentScores(components), settings.weights);
  return { score, band: healthBand(score.value), scoredWeight, components };
}
