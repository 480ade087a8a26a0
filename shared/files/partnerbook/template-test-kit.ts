import fc from 'fast-check';
import { BUILT_IN_TEMPLATES } from '../../domain/templates/library';
import { QBR_STATUSES } from '../../domain/templates/qbr';

/**
 * For tests only: fast-check arbitraries for the templates and QBRs of format 4. Templates are
 * the built-in library's contents under new ids and names (so every body is valid); QBRs pick
 * their partner by position, and {@link placeTemplates} points them at the workbook's own.
 */

const id = fc.uuid({ version: 4 });
const timestamp = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z') })
  .filter((date) => !Number.isNaN(date.getTime()))
  .map((date) => date.toISOString());
const isoDate = timestamp.map((time) => time.slice(0, 10));
const text = fc.oneof(
  fc.constantFrom('Q3 review', 'Ümlaut', '東京', '"q"', 'a\\b', 'Pipeline and deals'),
  fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim() !== ''),
);
const record = { id, createdAt: timestamp, updatedAt: timestamp };

const template = fc
  .record({
    ...record,
    name: text,
    description: fc.option(text, { nil: undefined }),
    from: fc.constantFrom(...BUILT_IN_TEMPLATES),
  })
  .map(({ from, description, ...rest }) => {
    const { id: builtInId, builtIn, source, ...content } = from;
    return { ...rest, kind: content.kind, description, body: content.body };
  });

const agendaItem = fc.record(
  { title: text, minutes: fc.integer({ min: 0, max: 120 }), owner: text, notes: text },
  { requiredKeys: ['title', 'minutes'] },
);

const qbr = fc.record(
  {
    ...record,
    owner: fc.nat(),
    date: isoDate,
    title: text,
    status: fc.constantFrom(...QBR_STATUSES),
    agenda: fc.array(agendaItem, { maxLength: 4 }),
    attendees: fc.uniqueArray(
      text.map((name) => name.trim()),
      { maxLength: 3 },
    ),
    outcomes: text,
    actions: fc.array(
      fc.record(
        { description: text, owner: text, due: isoDate, done: fc.boolean() },
        { requiredKeys: ['description', 'done'] },
      ),
      { maxLength: 2 },
    ),
  },
  { requiredKeys: ['id', 'createdAt', 'updatedAt', 'owner', 'date', 'title', 'status'] },
);

const unique = <T extends { id: string }>(item: fc.Arbitrary<T>, maxLength: number) =>
  fc.uniqueArray(item, { selector: (value) => value.id, maxLength });

/** Raw templates and QBRs, at most `max` of each. */
export function templateRecords(max: number) {
  return fc.record({ templates: unique(template, max), qbrs: unique(qbr, max) });
}

/** Raw records, as {@link templateRecords} makes them. */
export type RawTemplates =
  ReturnType<typeof templateRecords> extends fc.Arbitrary<infer T> ? T : never;

/** The templates and QBRs (before their schemas' parse), each QBR with one of `partners`. */
export function placeTemplates(raw: RawTemplates, partners: readonly { id: string }[]) {
  const qbrs = raw.qbrs.flatMap(({ owner, ...rest }) => {
    const partner = partners[owner % Math.max(partners.length, 1)];
    return partner ? [{ ...rest, partnerId: partner.id }] : [];
  });
  return { templates: raw.templates, qbrs };
}
