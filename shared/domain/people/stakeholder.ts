import { z } from 'zod';
import { optionalText, recordBaseSchema } from '../record';
import { isoDateSchema } from '../strategy/iso-date';
import { idListSchema, requiredText } from './fields';

/**
 * The stakeholder map: colleagues whose help the partner programme needs, how much weight they
 * carry and where they stand on it. The grid places each by influence against stance, so that a
 * high-influence skeptic or blocker, the colleague most worth winning over, stands out.
 */

/** The teams a colleague can belong to. */
export const TEAMS = [
  'sales',
  'marketing',
  'product',
  'engineering',
  'legal',
  'finance',
  'executive',
] as const;

/** A team. */
export type Team = (typeof TEAMS)[number];

/** How much weight a colleague carries, from most to least. */
export const INFLUENCE_LEVELS = ['high', 'medium', 'low'] as const;

/** A level of influence. */
export type Influence = (typeof INFLUENCE_LEVELS)[number];

/** Where a colleague stands on the partner programme, from most to least in favour. */
export const STANCES = ['champion', 'supporter', 'neutral', 'skeptic', 'blocker'] as const;

/** A stance toward the partner programme. */
export type Stance = (typeof STANCES)[number];

const stakeholderFields = {
  name: requiredText(200, 'A stakeholder needs a name.', 'A name'),
  team: z.enum(TEAMS, { error: 'Choose a team.' }),
  role: optionalText(200, 'Role'),
  influence: z.enum(INFLUENCE_LEVELS, { error: 'Choose high, medium or low influence.' }),
  stance: z.enum(STANCES, { error: 'Choose a stance.' }),
  /** The partners this colleague matters for. */
  partnerIds: idListSchema(1000, 'partners'),
  /** The day of the last conversation. */
  lastMetAt: isoDateSchema.optional(),
  notes: optionalText(5000, 'Notes'),
};

/** A stakeholder as a form supplies it. */
export const stakeholderInputSchema = z.object(stakeholderFields);

/** A stakeholder before validation. */
export type StakeholderInput = z.input<typeof stakeholderInputSchema>;

/** A stored stakeholder. */
export const stakeholderSchema = recordBaseSchema.extend(stakeholderFields);

/** A stored stakeholder. */
export type Stakeholder = z.infer<typeof stakeholderSchema>;

/** Whether a stakeholder carries high influence and stands against the programme. */
export function isInfluentialOpponent(
  stakeholder: Pick<Stakeholder, 'influence' | 'stance'>,
): boolean {
  return (
    stakeholder.influence === 'high' &&
    (stakeholder.stance === 'skeptic' || stakeholder.stance === 'blocker')
  );
}

/** One cell of the grid: the stakeholders with that influence and stance. */
export interface GridCell<S> {
  influence: Influence;
  stance: Stance;
  stakeholders: S[];
  /** True for the high-influence skeptic and blocker cells, whether or not anyone is in them. */
  flagged: boolean;
}

/** The influence × stance grid: rows high to low, cells champion to blocker. */
export interface StakeholderGrid<S> {
  rows: { influence: Influence; cells: GridCell<S>[] }[];
  /** Everyone in a flagged cell, by name. */
  influentialOpponents: S[];
}

const byName = (a: { name: string }, b: { name: string }): number => a.name.localeCompare(b.name);

/** Places each stakeholder in its influence × stance cell, names in order, and flags opponents. */
export function stakeholderGrid<S extends Pick<Stakeholder, 'name' | 'influence' | 'stance'>>(
  stakeholders: readonly S[],
): StakeholderGrid<S> {
  const rows = INFLUENCE_LEVELS.map((influence) => ({
    influence,
    cells: STANCES.map((stance): GridCell<S> => ({
      influence,
      stance,
      stakeholders: [],
      flagged: isInfluentialOpponent({ influence, stance }),
    })),
  }));
  const sorted = [...stakeholders].sort(byName);
  for (const stakeholder of sorted) {
    const row = rows[INFLUENCE_LEVELS.indexOf(stakeholder.influence)];
    row?.cells[STANCES.indexOf(stakeholder.stance)]?.stakeholders.push(stakeholder);
  }
  return { rows, influentialOpponents: sorted.filter(isInfluentialOpponent) };
}
