import { describe, expect, it } from 'vitest';
import { reviseContent } from '../../domain/revision';
import { decodePartnerbook } from './decode';
import {
  FIXTURE_IDS,
  fixtureJson,
  fixtureSnapshot,
  fixtureText,
  type LooseFile,
} from './decode-fixture';
import { PARTNERBOOK_VERSION } from './format';

const FILE = 'emea.partnerbook';

// The messages of a refused file; fails the test when the file was accepted.
function refusal(text: string, maxChars?: number): string[] {
  const result = decodePartnerbook(text, FILE, maxChars === undefined ? {} : { maxChars });
  if (result.ok) throw new Error('The file was accepted.');
  return result.problems.map((problem) => problem.message);
}

function refusalOf(change: (file: LooseFile) => void): string[] {
  const file = fixtureJson();
  change(file);
  return refusal(JSON.stringify(file));
}

describe('decodePartnerbook accepts', () => {
  it('the fixture, giving back the same workbook', () => {
    const result = decodePartnerbook(fixtureText(), FILE);
    expect(result.ok && result.snapshot).toEqual(fixtureSnapshot());
  });

  it('a format 1 file, which has no revisions table', () => {
    const file = fixtureJson();
    file.formatVersion = 1;
    const { revisions, ...tables } = file.tables;
    file.tables = tables as LooseFile['tables'];
    const result = decodePartnerbook(JSON.stringify(file), FILE);
    expect(result.ok && result.snapshot).toEqual(fixtureSnapshot());
    expect(result.ok && result.info.formatVersion).toBe(1);
  });

  it('a format 1 or 2 file, which has no strategy tables: they open empty', () => {
    for (const version of [1, 2]) {
      const file = fixtureJson();
      file.formatVersion = version;
      const { companyGoals, partnerPlans, investments, metricEntries, customMetrics, ...tables } =
        file.tables;
      file.tables = tables as LooseFile['tables'];
      const result = decodePartnerbook(JSON.stringify(file), FILE);
      const expected = fixtureSnapshot().tables;
      expect(result.ok && result.snapshot.tables).toEqual({
        ...expected,
        companyGoals: [],
        partnerPlans: [],
        investments: [],
        metricEntries: [],
        customMetrics: [],
      });
      expect(result.ok && result.info.formatVersion).toBe(version);
    }
  });

  it('an objective whose company goal was deleted, and an entry of a deleted custom metric', () => {
    const file = fixtureJson();
    file.tables.companyGoals = [];
    file.tables.customMetrics = [];
    file.tables.tombstones.push(
      { id: FIXTURE_IDS.goal, table: 'companyGoals', deletedAt: '2026-01-02T00:00:00.000Z' },
      {
        id: FIXTURE_IDS.customMetric,
        table: 'customMetrics',
        deletedAt: '2026-01-02T00:00:00.000Z',
      },
    );
    expect(decodePartnerbook(JSON.stringify(file), FILE).ok).toBe(true);
  });

  it('revision histories, of live and deleted records and of settings', () => {
    const file = fixtureJson();
    const revs = reviseContent([], { any: 'content' });
    file.tables.revisions = [
      { table: 'partners', id: FIXTURE_IDS.partner, revs },
      { table: 'contacts', id: FIXTURE_IDS.deleted, revs },
      { table: 'settings', id: 'author', revs },
    ];
    const result = decodePartnerbook(JSON.stringify(file), FILE);
    expect(result.ok && result.snapshot.tables.revisions).toEqual(file.tables.revisions);
  });

  it('a file that starts with a byte-order mark, or is pretty-printed', () => {
    expect(decodePartnerbook(`\uFEFF${fixtureText()}`, FILE).ok).toBe(true);
    expect(decodePartnerbook(JSON.stringify(fixtureJson(), null, 2), FILE).ok).toBe(true);
  });

  it('reports progress through the record checks', () => {
    const seen: string[] = [];
    decodePartnerbook(fixtureText(), FILE, {
      onProgress: (p) => seen.push(`${p.phase} ${p.done}/${p.total}`),
    });
    expect(seen).toEqual(['parsing 0/1', 'checking 0/22', 'checking 22/22']);
  });
});

describe('decodePartnerbook refuses, naming the file and the place', () => {
  it('an empty file', () => {
    const message =
      'emea.partnerbook: the file is empty. Choose a .partnerbook file that Partner Workbook saved.';
    expect(refusal('')).toEqual([message]);
    expect(refusal(' \n\t')).toEqual([message]);
    expect(refusal('\uFEFF')).toEqual([message]);
  });

  it('a file over the size limit, before reading it', () => {
    expect(refusal(fixtureText(), 100)).toEqual([
      expect.stringMatching(
        /^emea\.partnerbook: the file is too large to open \([\d,]+ characters; a workbook file holds at most 100 characters\)\.$/,
      ),
    ]);
  });

  it('a file that is not JSON at all', () => {
    expect(refusal('PK\u0003\u0004 zip data')).toEqual([
      'emea.partnerbook: the file is not a workbook file: it is not JSON (line 1, column 1: “P” cannot start a value).',
    ]);
  });

  it('broken JSON, with the line and column', () => {
    const text = fixtureText().replace('"tier":"gold",', '"tier":"gold" ');
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.includes('"tier":"gold" ')) + 1;
    const column = (lines[line - 1]?.indexOf('"tier":"gold" ') ?? 0) + '"tier":"gold" '.length + 1;
    expect(refusal(text)).toEqual([
      `emea.partnerbook: the file is not valid JSON at line ${line}, column ${column}: expected “,” or “}”, found “"”.`,
    ]);
    expect(refusal('{"a": [1, 2,]}')).toEqual([
      'emea.partnerbook: the file is not valid JSON at line 1, column 13: “]” cannot start a value.',
    ]);
  });

  it('a truncated file', () => {
    const text = fixtureText();
    const cut = text.slice(0, Math.floor(text.length / 2));
    expect(refusal(cut)).toEqual([
      expect.stringMatching(
        /^emea\.partnerbook: the file ends too early, at line \d+, column \d+ \(the text ends inside .+\): it looks cut off, for example by an interrupted save or download\. Open an earlier copy of the file\.$/,
      ),
    ]);
    expect(refusal('{"format":"partner-workbook","formatVersion":1')).toEqual([
      expect.stringContaining(
        'the file ends too early, at line 1, column 47 (the text ends inside an object)',
      ),
    ]);
  });

  it('JSON that is not a workbook file', () => {
    expect(refusal('[1, 2]')).toEqual([
      'emea.partnerbook: the file is not a workbook file: it holds JSON, but not a JSON object.',
    ]);
    expect(refusal('{"name": "package.json"}')).toEqual([
      'emea.partnerbook: the file is not a Partner Workbook file: it has no “format” field, where a workbook file says “partner-workbook”.',
    ]);
    expect(refusalOf((file) => (file.format = 'excalidraw'))).toEqual([
      'emea.partnerbook: format: the file is not a Partner Workbook file: its “format” is "excalidraw", where a workbook file says “partner-workbook”.',
    ]);
  });

  it('a file from a newer version, asking to update', () => {
    expect(refusalOf((file) => (file.formatVersion = PARTNERBOOK_VERSION + 1))).toEqual([
      `emea.partnerbook: formatVersion: the file was made by a newer version of Partner Workbook (file format ${PARTNERBOOK_VERSION + 1}; this version reads up to ${PARTNERBOOK_VERSION}). Update Partner Workbook to open it.`,
    ]);
  });

  it('a format version that is not a whole number from 1', () => {
    for (const version of [0, 1.5, '1', null]) {
      expect(refusalOf((file) => (file.formatVersion = version))).toEqual([
        `emea.partnerbook: formatVersion: “formatVersion” must be a whole number from 1, not ${JSON.stringify(version)}.`,
      ]);
    }
    expect(refusalOf((file) => delete file.formatVersion)).toEqual([
      'emea.partnerbook: formatVersion: “formatVersion” must be a whole number from 1, not missing.',
    ]);
  });

  it('wrong types and invalid values, with the path of each', () => {
    expect(
      refusalOf((file) => {
        const [partner] = file.tables.partners;
        if (partner) partner.healthScore = 'high';
        const [iteration] = file.tables.positioningIterations;
        if (iteration) iteration.number = 0;
        file.exportedAt = 'yesterday';
      }),
    ).toEqual(['emea.partnerbook: exportedAt: Not a valid date and time.']);
    expect(
      refusalOf((file) => {
        const [partner] = file.tables.partners;
        if (partner) partner.healthScore = 'high';
        const [iteration] = file.tables.positioningIterations;
        if (iteration) iteration.number = 0;
      }),
    ).toEqual([
      'emea.partnerbook: tables.partners[0].healthScore: Health score must be a number from 0 to 100.',
      'emea.partnerbook: tables.positioningIterations[0].number: Too small: expected number to be >=1',
    ]);
  });

  it('fields and tables this version does not know, and missing tables', () => {
    expect(
      refusalOf((file) => {
        const [contact] = file.tables.contacts;
        if (contact) contact.nickname = 'Li';
        file.tables.invoices = [];
        delete (file.tables as Record<string, unknown>).tombstones;
      }),
    ).toEqual([
      'emea.partnerbook: tables.tombstones: Invalid input: expected array, received undefined',
      'emea.partnerbook: tables.invoices: this version of Partner Workbook does not know this field.',
    ]);
  });

  it('duplicate ids within a table', () => {
    expect(
      refusalOf((file) => {
        const [first, second] = file.tables.partners;
        if (first && second) second.id = first.id;
        file.tables.contacts.push({ ...file.tables.contacts[0] });
      }),
    ).toEqual([
      `emea.partnerbook: tables.partners[1].id: “${FIXTURE_IDS.partner}” is also the id of tables.partners[0]; each record needs its own.`,
      `emea.partnerbook: tables.contacts[1].id: “${FIXTURE_IDS.contact}” is also the id of tables.contacts[0]; each record needs its own.`,
    ]);
  });

  it('records that belong to a record the file does not hold', () => {
    const missing = '99999999-0000-4000-8000-000000000009';
    expect(
      refusalOf((file) => {
        const [contact] = file.tables.contacts;
        if (contact) contact.partnerId = missing;
        const [iteration] = file.tables.positioningIterations;
        if (iteration) iteration.draftId = missing;
      }),
    ).toEqual([
      `emea.partnerbook: tables.contacts[0].partnerId: this record belongs to partner “${missing}”, which is not in the file.`,
      `emea.partnerbook: tables.positioningIterations[0].draftId: this record belongs to positioning draft “${missing}”, which is not in the file.`,
    ]);
  });

  it('strategy records that point at a partner, goal or custom metric the file does not hold', () => {
    const missing = '99999999-0000-4000-8000-000000000009';
    expect(
      refusalOf((file) => {
        for (const table of ['partnerPlans', 'investments', 'metricEntries'] as const) {
          const [record] = file.tables[table];
          if (record) record.partnerId = missing;
        }
        file.tables.companyGoals = [];
        file.tables.customMetrics = [];
      }),
    ).toEqual([
      `emea.partnerbook: tables.partnerPlans[0].partnerId: this record belongs to partner “${missing}”, which is not in the file.`,
      `emea.partnerbook: tables.investments[0].partnerId: this record belongs to partner “${missing}”, which is not in the file.`,
      `emea.partnerbook: tables.metricEntries[0].partnerId: this record belongs to partner “${missing}”, which is not in the file.`,
      `emea.partnerbook: tables.partnerPlans[0].objectives[0].companyGoalId: this objective serves company goal “${FIXTURE_IDS.goal}”, which is neither in the file nor deleted.`,
      `emea.partnerbook: tables.metricEntries[0].metric: this entry is of custom metric “${FIXTURE_IDS.customMetric}”, which is neither in the file nor deleted.`,
    ]);
  });

  it('a bad revision history, or two histories of one record', () => {
    const revs = reviseContent([], { any: 'content' });
    expect(
      refusalOf((file) => {
        file.tables.revisions = [
          { table: 'partners', id: FIXTURE_IDS.partner, revs },
          { table: 'partners', id: FIXTURE_IDS.partner, revs },
          { table: 'settings', id: 'author', revs: ['12'] },
        ];
      }),
    ).toEqual(['emea.partnerbook: tables.revisions[2].revs[0]: Not a valid revision.']);
    expect(
      refusalOf((file) => {
        file.tables.revisions = [
          { table: 'partners', id: FIXTURE_IDS.partner, revs },
          { table: 'partners', id: FIXTURE_IDS.partner, revs },
        ];
      }),
    ).toEqual([
      `emea.partnerbook: tables.revisions[1].id: the history of partners “${FIXTURE_IDS.partner}” is also in tables.revisions[0]; each record has one.`,
    ]);
  });

  it('a setting nested deeper than the limit', () => {
    let value: unknown = 'deep';
    for (let i = 0; i < 40; i += 1) value = [value];
    expect(
      refusalOf((file) =>
        file.tables.settings.push({ key: 'deep', value, updatedAt: '2026-01-01T00:00:00.000Z' }),
      ),
    ).toEqual([
      'emea.partnerbook: tables.settings[1].value: the value nests deeper than 32 levels.',
    ]);
  });

  it('at most 50 problems, then how many more', () => {
    const messages = refusalOf((file) => {
      const [partner] = file.tables.partners;
      file.tables.partners = Array.from({ length: 60 }, () => ({ ...partner, healthScore: -1 }));
    });
    expect(messages).toHaveLength(51);
    expect(messages[49]).toBe(
      'emea.partnerbook: tables.partners[49].healthScore: Health score must be from 0 to 100.',
    );
    expect(messages[50]).toBe('emea.partnerbook: …and 10 more problems.');
  });

  it('a hundred thousand broken records quickly: the checks stop after 1,000 problems', () => {
    const messages = refusalOf((file) => {
      file.tables.partners = Array.from({ length: 100_000 }, () => ({}));
    });
    expect(messages).toHaveLength(51);
    expect(messages[0]).toBe(
      'emea.partnerbook: tables.partners[0].name: Invalid input: expected string, received undefined',
    );
    expect(messages[50]).toMatch(
      /^emea\.partnerbook: …and at least [\d,]+ more problems \(the checks stopped there\)\.$/,
    );
  });

  it('a plan whose period starts on something that is not a date, without hanging', () => {
    const messages = refusalOf((file) => {
      const [plan] = file.tables.partnerPlans;
      if (plan) plan.period = { start: '<img src=x>', end: '2026-12-31' };
    });
    expect(messages).toContain(
      'emea.partnerbook: tables.partnerPlans[0].period.start: Enter a date like 2025-06-30.',
    );
  });

  it('a format or version that is a list nested 100,000 deep, without describing it', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    expect(refusal(fixtureText().replace('"formatVersion":6', `"formatVersion":${deep}`))).toEqual([
      'emea.partnerbook: formatVersion: “formatVersion” must be a whole number from 1, not a list.',
    ]);
    expect(refusal(`{"format":${deep},"formatVersion":6}`)).toEqual([
      'emea.partnerbook: format: the file is not a Partner Workbook file: its “format” is a list, where a workbook file says “partner-workbook”.',
    ]);
  });
});

describe('decodePartnerbook and prototype pollution', () => {
  const polluting = [
    '{"__proto__": {"polluted": true}}',
    fixtureText().replace(
      '{"key":"author","value":"Liis"',
      '{"key":"author","value":{"__proto__":{"polluted":true}}',
    ),
    fixtureText().replace(
      '{"name":"Baltic Data",',
      '{"constructor":{"prototype":{"polluted":true}},"name":"Baltic Data",',
    ),
    fixtureText().replace(
      '{"name":"Baltic Data",',
      '{"\\u005f_proto__":{"polluted":true},"name":"Baltic Data",',
    ),
  ];

  it('refuses __proto__, constructor and prototype keys anywhere, with their paths', () => {
    expect(refusal(polluting[0] ?? '')).toEqual([
      'emea.partnerbook: __proto__: the field name “__proto__” is not allowed in a workbook file (it could change how the app behaves); the file may have been tampered with.',
    ]);
    expect(refusal(polluting[1] ?? '').map((m) => m.split(': the field')[0])).toEqual([
      'emea.partnerbook: tables.settings[0].value.__proto__',
    ]);
    expect(refusal(polluting[2] ?? '').map((m) => m.split(': the field')[0])).toEqual([
      'emea.partnerbook: tables.partners[0].constructor',
      'emea.partnerbook: tables.partners[0].constructor.prototype',
    ]);
    expect(refusal(polluting[3] ?? '').map((m) => m.split(': the field')[0])).toEqual([
      'emea.partnerbook: tables.partners[0].__proto__',
    ]);
  });

  it('leaves Object.prototype untouched', () => {
    for (const text of polluting) decodePartnerbook(text, FILE);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});
