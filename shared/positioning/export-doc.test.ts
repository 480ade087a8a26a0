import { describe, expect, it } from 'vitest';
import type { PositioningDraft, PositioningIteration } from '../domain/positioning';
import { exportDocOf } from './export-doc';
import { toMarkdown } from './export-text';

const T = '2026-03-04T10:00:00.000Z';
const draft: Pick<PositioningDraft, 'audience' | 'status' | 'template'> = {
  audience: 'partner-customers',
  status: 'approved',
  template: 'positioning-statement',
};
const fields = [
  { key: 'target-customer', label: 'Target customer', kind: 'text' as const, value: 'banks' },
];

describe('exportDocOf', () => {
  it('describes the working copy with the draft’s own audience and status', () => {
    const doc = exportDocOf(draft, 'Baltic Data', { kind: 'working', title: 'Pitch', fields });
    expect(doc).toMatchObject({
      title: 'Pitch',
      audience: 'partner-customers',
      status: 'approved',
      templateName: 'Positioning statement',
      partnerName: 'Baltic Data',
    });
    expect(doc.iteration).toBeUndefined();
    expect(doc.statement).toMatch(/^For banks who \[need\], /);
  });

  it('describes an iteration with what it was committed with', () => {
    const iteration: PositioningIteration = {
      id: '00000000-0000-4000-8000-000000000001',
      createdAt: T,
      updatedAt: T,
      draftId: '00000000-0000-4000-8000-000000000002',
      number: 3,
      rationale: 'Sharper',
      evidenceUrl: 'https://wiki.example/notes',
      title: 'Pitch v3',
      audience: 'internal',
      status: 'in-review',
      fields,
      committedAt: T,
    };
    const doc = exportDocOf(draft, null, { kind: 'iteration', iteration });
    expect(doc).toMatchObject({ title: 'Pitch v3', audience: 'internal', status: 'in-review' });
    expect(doc.partnerName).toBeUndefined();
    expect(doc.iteration).toEqual({
      number: 3,
      committedAt: T,
      rationale: 'Sharper',
      evidenceUrl: 'https://wiki.example/notes',
    });
  });
});

describe('toMarkdown with a heading level', () => {
  it('nests the title and the fields under a document’s own headings', () => {
    const doc = exportDocOf(draft, undefined, { kind: 'working', title: 'Pitch', fields });
    const md = toMarkdown(doc, { headingLevel: 3 });
    expect(md.startsWith('### Pitch\n')).toBe(true);
    expect(md).toContain('\n#### Target customer\n');
    expect(toMarkdown(doc)).toBe(toMarkdown(doc, { headingLevel: 1 }));
    expect(toMarkdown(doc, { headingLevel: 9 }).startsWith('##### Pitch')).toBe(true);
  });
});
