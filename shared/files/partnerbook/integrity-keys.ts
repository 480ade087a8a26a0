import type { Activity } from '../../domain/activity';
import type { Contact, Partner } from '../../domain/partner';
import type {
  PositioningDraft,
  PositioningIteration,
  StatusChange,
} from '../../domain/positioning';
import type { PartnerChange } from '../../domain/partner-change';
import type { Ask } from '../../domain/people/ask';
import type { IntelligenceEntry } from '../../domain/people/intelligence';
import type { Stakeholder } from '../../domain/people/stakeholder';
import type { Decision, Feedback } from '../../domain/people/voice';
import type { RevisionEntry } from '../../domain/revision';
import type { CompanyGoal } from '../../domain/strategy/company-goal';
import type { Investment } from '../../domain/strategy/investment';
import type { CustomMetric, MetricEntry } from '../../domain/strategy/metric';
import type { Objective, PartnerPlan } from '../../domain/strategy/partner-plan';
import type { Qbr } from '../../domain/templates/qbr';
import type { Template } from '../../domain/templates/template';
import type { Tombstone } from '../../domain/tombstone';
import type { Setting } from '../../domain/workbook';
import type { SnapshotTableName, SnapshotTables } from './snapshot';

/**
 * What the checks across records (integrity.ts) read of each table: ids, the ids records point
 * at, and settings whole. A whole file's tables are such tables; a streamed open keeps only these
 * keys of each record it has written (a million iterations as two ids each rather than as their
 * text), and runs the same checks on them at the end.
 */
export interface IntegrityTables {
  partners: readonly Pick<Partner, 'id'>[];
  contacts: readonly Pick<Contact, 'id' | 'partnerId'>[];
  positioningDrafts: readonly Pick<PositioningDraft, 'id'>[];
  positioningIterations: readonly Pick<PositioningIteration, 'id' | 'draftId'>[];
  positioningStatusChanges: readonly Pick<StatusChange, 'id' | 'draftId'>[];
  activities: readonly Pick<Activity, 'id' | 'partnerId'>[];
  companyGoals: readonly Pick<CompanyGoal, 'id'>[];
  partnerPlans: readonly (Pick<PartnerPlan, 'id' | 'partnerId'> & {
    objectives: readonly Pick<Objective, 'companyGoalId'>[];
  })[];
  investments: readonly Pick<Investment, 'id' | 'partnerId'>[];
  metricEntries: readonly Pick<MetricEntry, 'id' | 'partnerId' | 'metric'>[];
  customMetrics: readonly Pick<CustomMetric, 'id'>[];
  templates: readonly Pick<Template, 'id'>[];
  qbrs: readonly Pick<Qbr, 'id' | 'partnerId'>[];
  partnerChanges: readonly Pick<PartnerChange, 'id' | 'partnerId'>[];
  intelligenceEntries: readonly Pick<IntelligenceEntry, 'id' | 'partnerId'>[];
  feedback: readonly Pick<Feedback, 'id' | 'partnerId' | 'positioningIterationId'>[];
  decisions: readonly Pick<Decision, 'id' | 'partnerId'>[];
  stakeholders: readonly Pick<Stakeholder, 'id' | 'partnerIds'>[];
  asks: readonly Pick<Ask, 'id' | 'partnerId' | 'stakeholderId'>[];
  settings: readonly Setting[];
  tombstones: readonly Tombstone[];
  revisions: readonly Pick<RevisionEntry, 'table' | 'id'>[];
}

type Keys = { -readonly [T in keyof IntegrityTables]: IntegrityTables[T][number][] };
type Project = { [T in SnapshotTableName]: (record: SnapshotTables[T][number]) => Keys[T][number] };

const id = ({ id }: { id: string }) => ({ id });
const owned = ({ id, partnerId }: { id: string; partnerId: string }) => ({ id, partnerId });
const named = ({ id, partnerId }: { id: string; partnerId?: string | undefined }) =>
  partnerId === undefined ? { id } : { id, partnerId };

const PROJECT: Project = {
  partners: id,
  contacts: owned,
  positioningDrafts: id,
  positioningIterations: ({ id, draftId }) => ({ id, draftId }),
  positioningStatusChanges: ({ id, draftId }) => ({ id, draftId }),
  activities: owned,
  companyGoals: id,
  partnerPlans: ({ id, partnerId, objectives }) => ({
    id,
    partnerId,
    objectives: objectives.map(({ companyGoalId }) =>
      companyGoalId === undefined ? {} : { companyGoalId },
    ),
  }),
  investments: owned,
  metricEntries: ({ id, partnerId, metric }) => ({ id, partnerId, metric }),
  customMetrics: id,
  templates: id,
  qbrs: owned,
  partnerChanges: owned,
  intelligenceEntries: owned,
  feedback: ({ id, partnerId, positioningIterationId }) => ({
    ...named({ id, partnerId }),
    ...(positioningIterationId === undefined ? {} : { positioningIterationId }),
  }),
  decisions: named,
  stakeholders: ({ id, partnerIds }) => ({ id, partnerIds }),
  asks: ({ id, partnerId, stakeholderId }) => ({ ...named({ id, partnerId }), stakeholderId }),
  settings: (setting) => setting,
  tombstones: (tombstone) => tombstone,
  revisions: ({ table, id }) => ({ table, id }),
};

/** Collects the keys of records as they come, table by table, in file order. */
export class IntegrityKeys {
  private readonly keys = Object.fromEntries(
    Object.keys(PROJECT).map((table) => [table, []]),
  ) as unknown as Keys;

  /** Keeps the keys of records that follow the ones added before in the table's list. */
  add<T extends SnapshotTableName>(table: T, records: readonly SnapshotTables[T][number][]): void {
    const project = PROJECT[table] as (record: SnapshotTables[T][number]) => Keys[T][number];
    const kept = this.keys[table] as Keys[T][number][];
    for (const record of records) kept.push(project(record));
  }

  /** The keys kept so far, as tables the integrity checks take. */
  tables(): IntegrityTables {
    return this.keys;
  }
}
