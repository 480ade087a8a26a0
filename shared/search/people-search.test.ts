import { describe, expect, it } from 'vitest';
import { fixtureSnapshot } from '../files/partnerbook/decode-fixture';
import { PeopleIndex } from './people-search';

// The fixture's stakeholder Jaan Tamm (engineering, head of integrations), feedback from Mari
// Kask of Tallinn Port on onboarding, and a decision by Liis that cites it.
function index(): PeopleIndex {
  const { stakeholders, feedback, decisions } = fixtureSnapshot().tables;
  const people = new PeopleIndex();
  people.putAll({ stakeholders, feedback, decisions });
  return people;
}

const found = (people: PeopleIndex, text: string) =>
  people.search(text, 10).map((hit) => `${hit.table}: ${hit.label}`);

describe('PeopleIndex', () => {
  it('finds a stakeholder by name, role and team, with its role and team to show', () => {
    const people = index();
    expect(people.search('jaan', 10)).toEqual([
      {
        table: 'stakeholders',
        id: '93000000-0000-4000-8000-000000000001',
        label: 'Jaan Tamm',
        detail: 'Head of integrations · Engineering',
      },
    ]);
    expect(found(people, 'integrations')).toEqual(['stakeholders: Jaan Tamm']);
    expect(found(people, 'engineering tamm')).toEqual(['stakeholders: Jaan Tamm']);
  });

  it('finds feedback by speaker, organisation, words and theme, forgiving a typo', () => {
    const people = index();
    expect(found(people, 'mari')).toEqual(['feedback: Mari Kask · Tallinn Port']);
    expect(found(people, 'tallinn')).toEqual(['feedback: Mari Kask · Tallinn Port']);
    expect(found(people, 'setup took')).toEqual(['feedback: Mari Kask · Tallinn Port']);
    expect(found(people, 'onbording')).toEqual(['feedback: Mari Kask · Tallinn Port']);
    expect(people.search('mari', 1)[0]?.detail).toBe(
      '2025-12-02 · Onboarding · “Setup took a day instead of a month.”',
    );
  });

  it('finds a decision by its context, its words and who decided', () => {
    const people = index();
    const decision = 'decisions: Lead the joint pitch with speed of setup.';
    expect(found(people, 'liis')).toEqual([decision]);
    expect(found(people, 'praise')).toEqual([decision]);
    // Both the feedback and the decision speak of setup; every word must match.
    expect(found(people, 'setup').sort()).toEqual([decision, 'feedback: Mari Kask · Tallinn Port']);
    expect(found(people, 'setup pitch')).toEqual([decision]);
  });

  it('replaces and drops records by id, and finds nothing for no words', () => {
    const people = index();
    const [jaan] = fixtureSnapshot().tables.stakeholders;
    if (!jaan) throw new Error('fixture');
    people.putAll({ stakeholders: [{ ...jaan, name: 'Jaan Kivi' }] });
    expect(found(people, 'tamm')).toEqual([]);
    expect(found(people, 'kivi')).toEqual(['stakeholders: Jaan Kivi']);
    expect(people.remove('stakeholders', jaan.id)).toBe(true);
    expect(found(people, 'kivi')).toEqual([]);
    expect(people.size).toBe(2);
    expect(people.search('  ', 10)).toEqual([]);
  });
});
