/**
 * The few parts of an XLSX package an importer needs to find before parsing: the sheets listed
 * in the workbook, and which files hold a sheet, the shared strings and the styles. Paths are
 * resolved the way read-excel-file resolves them (a fixed `xl/workbook.xml`, targets relative
 * to `xl/`), so that both agree on which file is which sheet.
 */

/** The workbook part, at the fixed path read-excel-file reads. */
export const WORKBOOK_PATH = 'xl/workbook.xml';

/** The workbook's relationships part. */
export const WORKBOOK_RELS_PATH = 'xl/_rels/workbook.xml.rels';

/** One sheet as the workbook lists it. */
export interface XlsxSheetRef {
  name: string;
  /** The file inside the package holding the sheet's cells, if it could be resolved. */
  path: string | undefined;
}

/** Where the parts of a workbook are. */
export interface XlsxParts {
  /** Sheets in workbook order (the order of the tabs). */
  sheets: XlsxSheetRef[];
  sharedStringsPath: string;
  stylesPath: string;
}

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

/** An XML attribute value with entities and Excel's `_xHHHH_` escapes decoded. */
export function decodeXmlText(text: string): string {
  return text
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name.startsWith('#x') || name.startsWith('#X'))
        return String.fromCodePoint(parseInt(name.slice(2), 16));
      if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
      return ENTITIES[name] ?? whole;
    })
    .replace(/_x([0-9a-f]{4})_/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** The attributes of one start tag, by local name (a prefix such as `r:` is dropped). */
export function tagAttributes(attributes: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of attributes.matchAll(
    /(?:[\w.-]+:)?([\w.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g,
  )) {
    const [, name, double, single] = match;
    if (name !== undefined && !found.has(name))
      found.set(name, decodeXmlText(double ?? single ?? ''));
  }
  return found;
}

const startTags = (xml: string, localName: string): Map<string, string>[] =>
  [...xml.matchAll(new RegExp(`<(?:[\\w.-]+:)?${localName}(?=[\\s/>])([^>]*)>`, 'g'))].map(
    (match) => tagAttributes(match[1] ?? ''),
  );

const targetPath = (target: string): string =>
  target.startsWith('/') ? target.slice(1) : `xl/${target}`;

/** Reads the workbook and its relationships into sheet names and part paths. */
export function readXlsxParts(workbookXml: string, relsXml: string): XlsxParts {
  const targets = new Map<string, { type: string; path: string }>();
  for (const rel of startTags(relsXml, 'Relationship')) {
    const id = rel.get('Id');
    const target = rel.get('Target');
    if (id !== undefined && target !== undefined) {
      targets.set(id, { type: rel.get('Type') ?? '', path: targetPath(target) });
    }
  }
  const pathOfType = (suffix: string, fallback: string): string =>
    [...targets.values()].find((rel) => rel.type.endsWith(`/${suffix}`))?.path ?? fallback;
  const sheets: XlsxSheetRef[] = [];
  for (const sheet of startTags(workbookXml, 'sheet')) {
    const name = sheet.get('name');
    if (name === undefined || name === '') continue;
    const rel = targets.get(sheet.get('id') ?? '');
    sheets.push({ name, path: rel?.type.endsWith('/worksheet') ? rel.path : undefined });
  }
  return {
    sheets,
    sharedStringsPath: pathOfType('sharedStrings', 'xl/sharedStrings.xml'),
    stylesPath: pathOfType('styles', 'xl/styles.xml'),
  };
}
