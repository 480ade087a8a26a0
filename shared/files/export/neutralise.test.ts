import { describe, expect, it } from 'vitest';
import { neutraliseCell, neutraliseText, restoreNeutralised } from './neutralise';

describe('neutraliseText', () => {
  it('prefixes every formula trigger with an apostrophe', () => {
    expect(neutraliseText('=1+1')).toBe("'=1+1");
    expect(neutraliseText('+44 20 7946 0000')).toBe("'+44 20 7946 0000");
    expect(neutraliseText('-2+3')).toBe("'-2+3");
    expect(neutraliseText('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(neutraliseText('\t=cmd')).toBe("'\t=cmd");
    expect(neutraliseText('\r=cmd')).toBe("'\r=cmd");
  });

  it('leaves ordinary text alone', () => {
    expect(neutraliseText('Acme Ltd')).toBe('Acme Ltd');
    expect(neutraliseText('')).toBe('');
    expect(neutraliseText('a=b')).toBe('a=b');
    expect(neutraliseText(' =1+1')).toBe(' =1+1');
    expect(neutraliseText("'quoted'")).toBe("'quoted'");
    expect(neutraliseText('\nline')).toBe('\nline');
  });

  it('adds one more apostrophe to text that already looks neutralised', () => {
    expect(neutraliseText("'=1+1")).toBe("''=1+1");
    expect(neutraliseText("''-x")).toBe("'''-x");
  });
});

describe('neutraliseCell', () => {
  it('keeps numbers, booleans, dates and empty cells as they are', () => {
    const date = new Date('2024-01-15T13:30:00Z');
    expect(neutraliseCell(-5)).toBe(-5);
    expect(neutraliseCell(true)).toBe(true);
    expect(neutraliseCell(date)).toBe(date);
    expect(neutraliseCell(null)).toBeNull();
    expect(neutraliseCell('=HYPERLINK("x")')).toBe('\'=HYPERLINK("x")');
  });
});

describe('restoreNeutralised', () => {
  it('undoes neutraliseText exactly', () => {
    const samples = ['=1+1', "'=1+1", "''@x", 'plain', "'plain", "'", '', '-', '\t-', 'x=1'];
    for (const text of samples) expect(restoreNeutralised(neutraliseText(text))).toBe(text);
  });

  it('leaves text that was never neutralised alone', () => {
    expect(restoreNeutralised("'quoted'")).toBe("'quoted'");
    expect(restoreNeutralised('=1+1')).toBe('=1+1');
  });
});
