import { describe, expect, it } from 'vitest';
import { decodeXmlText, readXlsxParts, tagAttributes } from './xlsx-package';

const T = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const STRICT = 'http://purl.oclc.org/ooxml/officeDocument/relationships';

describe('decodeXmlText', () => {
  it('decodes entities, character references and Excel escapes', () => {
    expect(decodeXmlText('R&amp;D &lt;EMEA&gt; &quot;x&quot; &apos;y&apos;')).toBe(
      'R&D <EMEA> "x" \'y\'',
    );
    expect(decodeXmlText('&#233;t&#xE9; _x0041_ &unknown;')).toBe('été A &unknown;');
  });
});

describe('tagAttributes', () => {
  it('keys attributes by local name, first one wins', () => {
    const attributes = tagAttributes(` name="Q1 &amp; Q2" sheetId='2' r:id="rId5" name="other"`);
    expect([...attributes]).toEqual([
      ['name', 'Q1 & Q2'],
      ['sheetId', '2'],
      ['id', 'rId5'],
    ]);
  });
});

describe('readXlsxParts', () => {
  it('resolves sheets, shared strings and styles, relative or absolute, transitional or strict', () => {
    const workbook =
      `<workbook xmlns:r="${T}"><sheets>` +
      '<sheet name="Accounts" sheetId="1" r:id="rId2"/>' +
      '<sheet name="Chart" sheetId="2" r:id="rId3"/>' +
      '<sheet name="" sheetId="3" r:id="rId4"/>' +
      '<x:sheet xmlns:x="ns" name="R&amp;D" sheetId="4" ns:id="rId5"/>' +
      '</sheets></workbook>';
    const rels =
      '<Relationships>' +
      `<Relationship Id="rId1" Type="${STRICT}/styles" Target="theme/styles2.xml"/>` +
      `<Relationship Id="rId2" Type="${T}/worksheet" Target="/xl/worksheets/a.xml"/>` +
      `<Relationship Id="rId3" Type="${T}/chartsheet" Target="chartsheets/c.xml"/>` +
      `<Relationship Id="rId5" Type="${STRICT}/worksheet" Target="worksheets/b.xml"/>` +
      '</Relationships>';
    expect(readXlsxParts(workbook, rels)).toEqual({
      sheets: [
        { name: 'Accounts', path: 'xl/worksheets/a.xml' },
        { name: 'Chart', path: undefined },
        { name: 'R&D', path: 'xl/worksheets/b.xml' },
      ],
      sharedStringsPath: 'xl/sharedStrings.xml',
      stylesPath: 'xl/theme/styles2.xml',
    });
  });
});
