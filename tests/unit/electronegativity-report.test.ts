import { describe, expect, it } from 'vitest';
import {
  allowedBy,
  parseAllowList,
  parseCsv,
} from '../../build/scripts/electronegativity-report.mjs';

describe('electronegativity report', () => {
  it('reads its CSV: a header with ", " between names, quoted fields with commas and quotes', () => {
    const csv = [
      'issue, severity, confidence, filename, location, sample, description, url',
      'OPEN_EXTERNAL_JS_CHECK,"MEDIUM","TENTATIVE","main/index.ts","158:29","openExternal: (url) => shell.openExternal(url),","Review the use of openExternal",https://x/wiki',
      'CSP_GLOBAL_CHECK,"LOW","FIRM","dist/renderer/index.html","4:0","a ""quoted"" line\nand a second","CSP",https://y',
      '',
    ].join('\n');
    expect(parseCsv(csv)).toEqual([
      ['issue', 'severity', 'confidence', 'filename', 'location', 'sample', 'description', 'url'],
      [
        'OPEN_EXTERNAL_JS_CHECK',
        'MEDIUM',
        'TENTATIVE',
        'main/index.ts',
        '158:29',
        'openExternal: (url) => shell.openExternal(url),',
        'Review the use of openExternal',
        'https://x/wiki',
      ],
      [
        'CSP_GLOBAL_CHECK',
        'LOW',
        'FIRM',
        'dist/renderer/index.html',
        '4:0',
        'a "quoted" line\nand a second',
        'CSP',
        'https://y',
      ],
    ]);
  });

  it('reads the allow-list, refusing an entry without a reason', () => {
    const entries = parseAllowList(
      '# comment\n\nOPEN_EXTERNAL_JS_CHECK dist/renderer/ the bridge, vetted in main\n',
    );
    expect(entries).toEqual([
      {
        check: 'OPEN_EXTERNAL_JS_CHECK',
        path: 'dist/renderer/',
        reason: 'the bridge, vetted in main',
        line: 3,
        raw: 'OPEN_EXTERNAL_JS_CHECK dist/renderer/ the bridge, vetted in main',
      },
    ]);
    expect(() => parseAllowList('OPEN_EXTERNAL_JS_CHECK electron/main/index.ts')).toThrow(
      'electronegativity-allow.txt line 1 needs a check, a path and a reason',
    );
  });

  it('matches a finding to an entry by check and by file or folder', () => {
    const entries = parseAllowList(
      [
        'OPEN_EXTERNAL_JS_CHECK dist/renderer/ bridge calls',
        'OPEN_EXTERNAL_JS_CHECK electron/main/index.ts vetted first',
      ].join('\n'),
    );
    expect(allowedBy(entries, 'OPEN_EXTERNAL_JS_CHECK', 'dist/renderer/assets/a.js')?.line).toBe(1);
    expect(allowedBy(entries, 'OPEN_EXTERNAL_JS_CHECK', 'electron\\main\\index.ts')?.line).toBe(2);
    expect(allowedBy(entries, 'OPEN_EXTERNAL_JS_CHECK', 'electron/main/index.tsx')).toBeUndefined();
    expect(allowedBy(entries, 'SANDBOX_JS_CHECK', 'dist/renderer/assets/a.js')).toBeUndefined();
  });
});
