import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { describe, expect, it } from 'vitest';
import { partnerbookJsonSchema } from '../../shared/files/partnerbook/json-schema';

// docs/partnerbook.schema.json is generated; this test fails when it differs from the zod schema.
// `node build/scripts/write-partnerbook-schema.mjs` rewrites it (this test, with the variable set).
const FILE = fileURLToPath(new URL('../../docs/partnerbook.schema.json', import.meta.url));

async function generated(): Promise<string> {
  const options = await resolveConfig(FILE);
  return format(JSON.stringify(partnerbookJsonSchema()), { ...options, parser: 'json' });
}

describe('docs/partnerbook.schema.json', () => {
  it('is the JSON Schema generated from the zod schema of the file', async () => {
    const expected = await generated();
    if (process.env.UPDATE_PARTNERBOOK_SCHEMA === '1') writeFileSync(FILE, expected);
    const committed = readFileSync(FILE, 'utf8');
    expect(
      committed,
      'The file format changed: run `node build/scripts/write-partnerbook-schema.mjs`.',
    ).toBe(expected);
  });
});
