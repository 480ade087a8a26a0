import fc from 'fast-check';
import { LIFECYCLE_STAGES } from '../../domain/partner';
import { POSITIONING_STATUSES } from '../../domain/positioning';
import { reviseContent, reviseDeletion, type RevisionTable } from '../../domain/revision';
import type { TombstoneTable } from '../../domain/tombstone';
import { sortedTables } from '../partnerbook/record-order';
import type { SnapshotTables, WorkbookSnapshot } from '../partnerbook/snapshot';
import { workbookSnapshot } from '../partnerbook/snapshot-test-kit';
import type { RevisedRecord } from './merge-types';
import { historyKey } from './snapshot-revisions';

/**
 * For tests only: workbook histories for merge properties. A generated base workbook is copied,
 * and each copy gets its own sequence of edits, made the way the app's repositories make them
 * (the same revision functions, a partner bumped when its contacts change, tombstones and a
 * deletion revision for what is deleted, iterations appended with the next number) and stamped
 * with its own clock, so that two copies never share a time.
 */

const pick = <T>(items: readonly T[], at: number): T | undefined =>
  items.length === 0 ? undefined : items[at % items.length];

const NAMES = ['Acme', 'Globex', 'Initech', 'Umbrella', 'Hooli'] as const;

/** One edit of a copy; `at` picks a record by position, `value` a value from a small pool. */
export type Edit =
  | { kind: 'edit-partner'; at: number; field: 'name' | 'stage' | 'notes'; value: number }
  | { kind: (typeof EDIT_KINDS)[number]; at: number; id: string; value: number };

const EDIT_KINDS = [
  'add-partner',
  'delete-partner',
  'edit-contact',
  'remove-contact',
  'add-contact',
  'add-activity',
  'edit-draft',
  'commit',
  'set-status',
  'set-setting',
  'delete-setting',
] as const;

/** An arbitrary edit. */
export const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({
    kind: fc.constant('edit-partner' as const),
    at: fc.nat(20),
    field: fc.constantFrom('name' as const, 'stage' as const, 'notes' as const),
    value: fc.nat(20),
  }),
  fc.record({
    kind: fc.constantFrom(...EDIT_KINDS),
    at: fc.nat(20),
    id: fc.uuid({ version: 4 }),
    value: fc.nat(20),
  }),
);

/** A copy being edited: its tables, changed in place, and its clock. */
class Copy {
  readonly tables: SnapshotTables;
  private tick = 0;

  constructor(
    base: WorkbookSnapshot,
    private readonly clockOffset: number,
  ) {
    const t = base.tables;
    this.tables = {
      partners: [...t.partners],
      contacts: [...t.contacts],
      positioningDrafts: [...t.positioningDrafts],
      positioningIterations: [...t.positioningIterations],
      positioningStatusChanges: [...t.positioningStatusChanges],
      activities: [...t.activities],
      companyGoals: [...t.companyGoals],
      partnerPlans: [...t.partnerPlans],
      investments: [...t.investments],
      metricEntries: [...t.metricEntries],
      customMetrics: [...t.customMetrics],
      templates: [...t.templates],
      qbrs: [...t.qbrs],
      partnerChanges: [...t.partnerChanges],
      intelligenceEntries: [...t.intelligenceEntries],
      feedback: [...t.feedback],
      decisions: [...t.decisions],
      stakeholders: [...t.stakeholders],
      asks: [...t.asks],
      settings: [...t.settings],
      tombstones: [...t.tombstones],
      revisions: [...t.revisions],
    };
  }

  now(): string {
    this.tick += 1;
    return new Date(Date.UTC(2040, 0, 1) + this.tick * 1000 + this.clockOffset).toISOString();
  }

  // Writes or deletes a record, logging its revision as the repositories do.
  write(table: RevisionTable, id: string, record: RevisedRecord | undefined): void {
    const { revisions } = this.tables;
    const at = revisions.findIndex(
      (entry) => historyKey(entry.table, entry.id) === historyKey(table, id),
    );
    const history = at < 0 ? [] : (revisions[at]?.revs ?? []);
    const revs = record ? reviseContent(history, record) : reviseDeletion(history);
    if (at < 0) revisions.push({ table, id, revs });
    else revisions[at] = { table, id, revs };
    const list = this.tables[table] as RevisedRecord[];
    const keyOf = (item: RevisedRecord) => ('key' in item ? item.key : item.id);
    const index = list.findIndex((item) => keyOf(item) === id);
    if (record && index < 0) list.push(record);
    else if (record) list[index] = record;
    else if (index >= 0) list.splice(index, 1);
  }

  delete(table: TombstoneTable, id: string, deletedAt: string): void {
    this.write(table, id, undefined);
    this.tables.tombstones = this.tables.tombstones.filter((item) => item.id !== id);
    this.tables.tombstones.push({ id, table, deletedAt });
  }

  touchPartner(id: string, now: string): void {
    const partner = this.tables.partners.find((item) => item.id === id);
    if (partner) this.write('partners', id, { ...partner, updatedAt: now });
  }

  apply(change: Edit): void {
    const t = this.tables;
    const now = this.now();
    const name = `${NAMES[change.value % NAMES.length] ?? 'Acme'} ${change.value}`;
    const partner = pick(t.partners, change.at);
    const contact = pick(t.contacts, change.at);
    const draft = pick(t.positioningDrafts, change.at);
    const record = { createdAt: now, updatedAt: now };
    switch (change.kind) {
      case 'edit-partner': {
        if (!partner) return;
        const value =
          change.field === 'stage' ? (pick(LIFECYCLE_STAGES, change.value) ?? 'active') : name;
        this.write('partners', partner.id, { ...partner, [change.field]: value, updatedAt: now });
        return;
      }
      case 'add-partner':
        this.write('partners', change.id, {
          name,
          types: [],
          stage: 'prospect',
          tier: 'none',
          tags: [],
          id: change.id,
          ...record,
        });
        return;
      case 'delete-partner': {
        if (!partner) return;
        const owned = (item: { partnerId: string }) => item.partnerId === partner.id;
        for (const item of t.contacts.filter(owned)) this.delete('contacts', item.id, now);
        for (const item of t.activities.filter(owned)) this.delete('activities', item.id, now);
        for (const item of t.partnerPlans.filter(owned)) this.delete('partnerPlans', item.id, now);
        for (const item of t.investments.filter(owned)) this.delete('investments', item.id, now);
        for (const item of t.metricEntries.filter(owned)) {
          this.delete('metricEntries', item.id, now);
        }
        for (const item of t.qbrs.filter(owned)) this.delete('qbrs', item.id, now);
        for (const item of t.partnerChanges.filter(owned)) {
          this.delete('partnerChanges', item.id, now);
        }
        for (const item of t.intelligenceEntries.filter(owned)) {
          this.delete('intelligenceEntries', item.id, now);
        }
        // As the app does: what names the partner goes, stakeholders lose it from their list.
        const names = (item: { partnerId?: string | undefined }) => item.partnerId === partner.id;
        for (const item of t.feedback.filter(names)) this.delete('feedback', item.id, now);
        for (const item of t.decisions.filter(names)) this.delete('decisions', item.id, now);
        for (const item of t.asks.filter(names)) this.delete('asks', item.id, now);
        for (const item of t.stakeholders.filter((s) => s.partnerIds.includes(partner.id))) {
          const partnerIds = item.partnerIds.filter((id) => id !== partner.id);
          this.write('stakeholders', item.id, { ...item, partnerIds, updatedAt: now });
        }
        this.delete('partners', partner.id, now);
        return;
      }
      case 'edit-contact':
        if (!contact) return;
        this.write('contacts', contact.id, { ...contact, role: name, updatedAt: now });
        this.touchPartner(contact.partnerId, now);
        return;
      case 'remove-contact':
        if (!contact) return;
        this.delete('contacts', contact.id, now);
        this.touchPartner(contact.partnerId, now);
        return;
      case 'add-contact':
        if (!partner) return;
        this.write('contacts', change.id, {
          id: change.id,
          name,
          ...record,
          partnerId: partner.id,
        });
        this.touchPartner(partner.id, now);
        return;
      case 'add-activity':
        // Written as PartnerRepo.putMany writes activities: the partner is not touched.
        if (!partner) return;
        this.write('activities', change.id, {
          id: change.id,
          ...record,
          partnerId: partner.id,
          occurredAt: now,
          direction: 'outbound',
          purpose: 'sales',
          title: name,
        });
        return;
      case 'edit-draft':
        if (!draft) return;
        this.write('positioningDrafts', draft.id, { ...draft, title: name, updatedAt: now });
        return;
      case 'commit': {
        if (!draft) return;
        const number = draft.iterationCount + 1;
        const { fields, title, audience, status } = draft;
        t.positioningIterations.push({
          id: change.id,
          ...record,
          draftId: draft.id,
          number,
          ...(draft.headIterationId ? { parentId: draft.headIterationId } : {}),
          rationale: `Change ${change.value}`,
          title,
          audience,
          status,
          fields,
          committedAt: now,
        });
        const next = {
          ...draft,
          headIterationId: change.id,
          iterationCount: number,
          updatedAt: now,
        };
        this.write('positioningDrafts', draft.id, next);
        return;
      }
      case 'set-status': {
        const to = pick(POSITIONING_STATUSES, change.value) ?? 'draft';
        if (!draft || draft.status === to) return;
        t.positioningStatusChanges.push({
          id: change.id,
          draftId: draft.id,
          from: draft.status,
          to,
          at: now,
        });
        this.write('positioningDrafts', draft.id, { ...draft, status: to, updatedAt: now });
        return;
      }
      case 'set-setting': {
        const key = change.at % 2 === 0 ? 'author' : 'theme';
        this.write('settings', key, { key, value: name, updatedAt: now });
        return;
      }
      case 'delete-setting': {
        const key = change.at % 2 === 0 ? 'author' : 'theme';
        if (t.settings.some((item) => item.key === key)) this.write('settings', key, undefined);
        return;
      }
    }
  }
}

/** A copy of `base` with `edits` made on it; `side` keeps the two copies' clocks apart. */
export function edited(
  base: WorkbookSnapshot,
  edits: readonly Edit[],
  side: 1 | 2,
): WorkbookSnapshot {
  const copy = new Copy(base, side);
  for (const change of edits) copy.apply(change);
  return { workbook: base.workbook, tables: sortedTables(copy.tables) };
}

/** A small base workbook and two independent edit sequences. */
export const workbookHistories = fc.record({
  base: workbookSnapshot({ partners: 4, contacts: 5, drafts: 3, iterations: 5, other: 3 }),
  mine: fc.array(edit, { maxLength: 8 }),
  theirs: fc.array(edit, { maxLength: 8 }),
});
