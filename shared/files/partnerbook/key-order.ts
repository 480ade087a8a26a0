import type { SnapshotTableName } from './snapshot';

/**
 * The order in which a workbook file lists each record's keys: the order of the domain schema's
 * shape, which is also the order zod gives decoded records. Records read from the database
 * usually have it already; the encoder checks each record cheaply and copies only those that
 * do not (written by older code, or carrying storage-only keys), so that the same workbook
 * always encodes to the same text. A unit test keeps these lists equal to the schemas' keys.
 */

/** The keys of an object in file order, with the orders of objects nested under some keys. */
export interface KeyOrder {
  keys: readonly string[];
  /** For a key holding an object or an array of objects: the order of those objects' keys. */
  nested?: Readonly<Record<string, KeyOrder>>;
}

const fieldOrder: KeyOrder = {
  keys: ['key', 'label', 'kind', 'value'],
  nested: { value: { keys: ['text', 'proof'] } },
};

const periodOrder: KeyOrder = { keys: ['start', 'end'] };

// A measure's unit is one of several shapes; their keys in the order of their schemas.
const unitOrder: KeyOrder = { keys: ['kind', 'currency', 'label'] };

const objectiveOrder: KeyOrder = {
  keys: [
    'id',
    'title',
    'companyGoalId',
    'measure',
    'unit',
    'progressMode',
    'quarters',
    'ownerOurs',
    'ownerPartner',
    'status',
    'notes',
  ],
  nested: { unit: unitOrder, quarters: { keys: ['quarter', 'target', 'actual'] } },
};

const recordKeys = ['id', 'createdAt', 'updatedAt'] as const;

const agendaItemOrder: KeyOrder = { keys: ['title', 'minutes', 'owner', 'notes'] };

/** Each table's key order. Settings' values are free JSON: the encoder sorts their keys. */
export const KEY_ORDER: Readonly<Record<SnapshotTableName, KeyOrder>> = {
  partners: {
    keys: [
      'name',
      'types',
      'stage',
      'tier',
      'region',
      'industry',
      'owner',
      'website',
      'healthScore',
      'lastActivityAt',
      'tags',
      'notes',
      'id',
      'createdAt',
      'updatedAt',
    ],
  },
  contacts: {
    keys: ['id', 'name', 'role', 'email', 'phone', 'notes', 'createdAt', 'updatedAt', 'partnerId'],
  },
  positioningDrafts: {
    keys: [
      'id',
      'createdAt',
      'updatedAt',
      'partnerId',
      'title',
      'audience',
      'template',
      'status',
      'fields',
      'headIterationId',
      'iterationCount',
      'copiedFrom',
    ],
    nested: { fields: fieldOrder, copiedFrom: { keys: ['draftId', 'iterationId'] } },
  },
  positioningIterations: {
    keys: [
      'id',
      'createdAt',
      'updatedAt',
      'draftId',
      'number',
      'parentId',
      'author',
      'rationale',
      'evidence',
      'evidenceUrl',
      'title',
      'audience',
      'status',
      'fields',
      'restoredFrom',
      'committedAt',
    ],
    nested: { fields: fieldOrder },
  },
  positioningStatusChanges: { keys: ['id', 'draftId', 'from', 'to', 'author', 'note', 'at'] },
  activities: {
    keys: [
      'id',
      'createdAt',
      'updatedAt',
      'partnerId',
      'occurredAt',
      'kind',
      'direction',
      'purpose',
      'title',
      'notes',
      'outcome',
    ],
  },
  companyGoals: {
    keys: [...recordKeys, 'title', 'measure', 'target', 'unit', 'period', 'notes'],
    nested: { unit: unitOrder, period: periodOrder },
  },
  partnerPlans: {
    keys: [
      ...recordKeys,
      'partnerId',
      'period',
      'status',
      'vision',
      'ownerOurs',
      'ownerPartner',
      'sponsorOurs',
      'sponsorPartner',
      'objectives',
      'targetAccounts',
      'qbrDates',
      'risks',
    ],
    nested: {
      period: periodOrder,
      objectives: objectiveOrder,
      risks: { keys: ['description', 'mitigation'] },
    },
  },
  // Every kind's keys: the common ones, then time's, money's and energy's.
  investments: {
    keys: [
      ...recordKeys,
      'partnerId',
      'date',
      'tag',
      'note',
      'kind',
      'hours',
      'person',
      'amount',
      'fundType',
      'rating',
    ],
    nested: { amount: { keys: ['amountMinor', 'currency'] } },
  },
  metricEntries: {
    keys: [...recordKeys, 'partnerId', 'metric', 'date', 'value', 'currency', 'note'],
  },
  customMetrics: {
    keys: [...recordKeys, 'name', 'definition', 'unit', 'unitLabel', 'indicator', 'aggregation'],
  },
  // Every kind's body keys, each kind's in the order of its schema (see templates/template.ts).
  templates: {
    keys: [...recordKeys, 'kind', 'name', 'description', 'body'],
    nested: {
      body: {
        keys: ['base', 'fields', 'visionPrompt', 'objectives', 'items', 'currency', 'rows'],
        nested: {
          fields: fieldOrder,
          objectives: {
            keys: ['title', 'measure', 'unitKind', 'unitLabel', 'progressMode', 'notes'],
          },
          items: agendaItemOrder,
          rows: { keys: ['metric', 'target', 'weight'] },
        },
      },
    },
  },
  qbrs: {
    keys: [
      ...recordKeys,
      'partnerId',
      'date',
      'title',
      'status',
      'agenda',
      'attendees',
      'outcomes',
      'actions',
    ],
    nested: {
      agenda: agendaItemOrder,
      actions: { keys: ['description', 'owner', 'due', 'done'] },
    },
  },
  partnerChanges: {
    keys: [...recordKeys, 'partnerId', 'field', 'from', 'to', 'changedAt', 'effectiveOn', 'note'],
  },
  // Every section's keys: the common ones, then each section's in the order of its schema.
  intelligenceEntries: {
    keys: [
      ...recordKeys,
      'partnerId',
      'observedAt',
      'source',
      'notes',
      'section',
      'accountName',
      'segment',
      'accountStatus',
      'integrationName',
      'certification',
      'technologyStatus',
      'competitor',
      'competitionKind',
      'routeToMarket',
      'marketplace',
      'region',
      'trend',
      'impact',
    ],
    nested: { source: { keys: ['kind', 'url', 'note'] } },
  },
  feedback: {
    keys: [
      ...recordKeys,
      'speakerKind',
      'speakerName',
      'speakerOrganisation',
      'date',
      'words',
      'theme',
      'sentiment',
      'partnerId',
      'positioningIterationId',
    ],
  },
  decisions: {
    keys: [
      ...recordKeys,
      'scope',
      'partnerId',
      'context',
      'optionsConsidered',
      'decision',
      'date',
      'decidedBy',
      'feedbackIds',
    ],
  },
  stakeholders: {
    keys: [
      ...recordKeys,
      'name',
      'team',
      'role',
      'influence',
      'stance',
      'partnerIds',
      'lastMetAt',
      'notes',
    ],
  },
  asks: {
    keys: [
      ...recordKeys,
      'what',
      'why',
      'stakeholderId',
      'partnerId',
      'status',
      'askedAt',
      'outcome',
    ],
  },
  settings: { keys: ['key', 'value', 'updatedAt'] },
  tombstones: { keys: ['id', 'table', 'deletedAt'] },
  revisions: { keys: ['table', 'id', 'revs'] },
};

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

// True when every key of `record` is in `order` and they come in that order. Allocates nothing:
// it runs once per record of a million-record export.
function keysInOrder(record: Json, keys: readonly string[]): boolean {
  let at = 0;
  for (const key in record) {
    while (at < keys.length && keys[at] !== key) at += 1;
    if (at === keys.length) return false;
    at += 1;
  }
  return true;
}

function nestedInOrder(value: unknown, order: KeyOrder): boolean {
  if (Array.isArray(value)) {
    for (const item of value) {
      if (isObject(item) && !isInKeyOrder(item, order)) return false;
    }
    return true;
  }
  return !isObject(value) || isInKeyOrder(value, order);
}

// The nested orders as a list, made once per order: the check runs once per record.
const nestedLists = new WeakMap<KeyOrder, readonly (readonly [string, KeyOrder])[]>();

function nestedList(order: KeyOrder): readonly (readonly [string, KeyOrder])[] {
  let list = nestedLists.get(order);
  if (!list) {
    list = Object.entries(order.nested ?? {});
    nestedLists.set(order, list);
  }
  return list;
}

/** True when a record (and the objects nested in it) already lists its keys in `order`. */
export function isInKeyOrder(record: Json, order: KeyOrder): boolean {
  if (!keysInOrder(record, order.keys)) return false;
  if (!order.nested) return true;
  for (const [key, nested] of nestedList(order)) {
    if (!nestedInOrder(record[key], nested)) return false;
  }
  return true;
}

function reorderNested(value: unknown, order: KeyOrder): unknown {
  if (Array.isArray(value)) {
    return value.map((item: unknown) => (isObject(item) ? inKeyOrder(item, order) : item));
  }
  return isObject(value) ? inKeyOrder(value, order) : value;
}

/**
 * A copy of a record with its keys in `order`, dropping keys the order does not name (such as
 * storage-only fields) and keys whose value is undefined.
 */
export function inKeyOrder(record: Json, order: KeyOrder): Json {
  const copy: Json = {};
  for (const key of order.keys) {
    const value = record[key];
    if (value === undefined) continue;
    const nested = order.nested?.[key];
    copy[key] = nested ? reorderNested(value, nested) : value;
  }
  return copy;
}

/** A copy of any JSON value with every object's keys sorted, for values of free shape. */
export function withSortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withSortedKeys);
  if (!isObject(value)) return value;
  // No prototype: a key named __proto__ stays an ordinary key instead of setting one.
  const copy = Object.create(null) as Json;
  for (const key of Object.keys(value).sort()) {
    const item = value[key];
    if (item !== undefined) copy[key] = withSortedKeys(item);
  }
  return copy;
}
