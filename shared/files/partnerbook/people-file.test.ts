import { describe, expect, it } from 'vitest';
import { decodePartnerbook } from './decode';
import {
  FIXTURE_IDS,
  fixtureJson,
  fixtureSnapshot,
  fixtureText,
  type LooseFile,
} from './decode-fixture';

const FILE = 'emea.partnerbook';
const MISSING = '99999999-0000-4000-8000-000000000009';
const PEOPLE = ['intelligenceEntries', 'feedback', 'decisions', 'stakeholders', 'asks'] as const;

// The fixture as a format 5 file wrote it: without the people tables of format 6.
function format5(): LooseFile {
  const file = fixtureJson();
  file.formatVersion = 5;
  const people: ReadonlySet<string> = new Set(PEOPLE);
  file.tables = Object.fromEntries(
    Object.entries(file.tables).filter(([table]) => !people.has(table)),
  ) as LooseFile['tables'];
  return file;
}

const problems = (file: LooseFile): string[] => {
  const result = decodePartnerbook(JSON.stringify(file), FILE);
  return result.ok ? [] : result.problems.map((problem) => problem.message);
};

// The first record of a table, to break.
const first = (file: LooseFile, table: (typeof PEOPLE)[number]): Record<string, unknown> => {
  const record = file.tables[table][0];
  if (!record) throw new Error(`The fixture has no ${table}.`);
  return record;
};

describe('the people tables in workbook files', () => {
  it('round-trip every record as it was', () => {
    const result = decodePartnerbook(fixtureText(), FILE);
    if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
    for (const table of PEOPLE) {
      expect(result.snapshot.tables[table], table).toEqual(fixtureSnapshot().tables[table]);
    }
  });

  it('open from a format 5 file, empty', () => {
    const result = decodePartnerbook(JSON.stringify(format5()), FILE);
    if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
    expect(result.info.formatVersion).toBe(5);
    for (const table of PEOPLE) expect(result.snapshot.tables[table], table).toEqual([]);
    expect(result.snapshot.tables.partners).toHaveLength(2);
  });

  it('refuse a field this version does not know, and a section’s field in another section', () => {
    const file = fixtureJson();
    first(file, 'stakeholders').mood = 'sunny';
    Object.assign(first(file, 'intelligenceEntries'), { accountName: 'Acme' });
    expect(problems(file)).toEqual([
      'emea.partnerbook: tables.intelligenceEntries[0].accountName: this version of Partner Workbook does not know this field.',
      'emea.partnerbook: tables.stakeholders[0].mood: this version of Partner Workbook does not know this field.',
    ]);
  });

  it('refuse an ask at “asked” without the day it was asked', () => {
    const file = fixtureJson();
    delete first(file, 'asks').askedAt;
    expect(problems(file)).toEqual([
      'emea.partnerbook: tables.asks[0].askedAt: Say when you asked.',
    ]);
  });

  it('refuse duplicate ids, and records about partners the file does not hold', () => {
    const file = fixtureJson();
    file.tables.feedback.push({ ...first(file, 'feedback') });
    first(file, 'intelligenceEntries').partnerId = MISSING;
    first(file, 'decisions').partnerId = MISSING;
    first(file, 'asks').partnerId = MISSING;
    first(file, 'stakeholders').partnerIds = [FIXTURE_IDS.partner, MISSING];
    expect(problems(file)).toEqual([
      `emea.partnerbook: tables.intelligenceEntries[0].partnerId: this record belongs to partner “${MISSING}”, which is not in the file.`,
      `emea.partnerbook: tables.feedback[1].id: “${FIXTURE_IDS.feedback}” is also the id of tables.feedback[0]; each record needs its own.`,
      `emea.partnerbook: tables.decisions[0].partnerId: this record is about partner “${MISSING}”, which is not in the file.`,
      `emea.partnerbook: tables.asks[0].partnerId: this record is about partner “${MISSING}”, which is not in the file.`,
      `emea.partnerbook: tables.stakeholders[0].partnerIds[1]: this stakeholder matters for partner “${MISSING}”, which is neither in the file nor deleted.`,
    ]);
  });

  it('refuse an ask of a stakeholder and feedback on an iteration that are neither there nor deleted', () => {
    const file = fixtureJson();
    first(file, 'asks').stakeholderId = MISSING;
    first(file, 'feedback').positioningIterationId = MISSING;
    expect(problems(file)).toEqual([
      `emea.partnerbook: tables.feedback[0].positioningIterationId: this feedback is evidence for positioning iteration “${MISSING}”, which is neither in the file nor deleted.`,
      `emea.partnerbook: tables.asks[0].stakeholderId: this ask is of stakeholder “${MISSING}”, who is neither in the file nor deleted.`,
    ]);
  });

  it('accept links to deleted records: a merge can delete what they point at', () => {
    const file = fixtureJson();
    const gone = FIXTURE_IDS.deleted;
    first(file, 'asks').stakeholderId = gone;
    first(file, 'feedback').positioningIterationId = gone;
    first(file, 'stakeholders').partnerIds = [gone];
    // A decision may name feedback that no longer exists at all: it reads as missing.
    first(file, 'decisions').feedbackIds = [FIXTURE_IDS.feedback, MISSING];
    expect(problems(file)).toEqual([]);
  });
});
