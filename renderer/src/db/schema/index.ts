import type { SchemaVersion } from './schema-version';
import { v1 } from './v1';
import { v2 } from './v2';
import { v3 } from './v3';
import { v4 } from './v4';
import { v5 } from './v5';
import { v6 } from './v6';
import { v7 } from './v7';
import { v8 } from './v8';
import { v9 } from './v9';
import { v10 } from './v10';
import { v11 } from './v11';

/**
 * Every schema version, oldest first. Append a new file for each change; never edit a released
 * one, because workbooks written by it must keep upgrading.
 */
export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  v1,
  v2,
  v3,
  v4,
  v5,
  v6,
  v7,
  v8,
  v9,
  v10,
  v11,
];

/** The schema version this build writes. */
export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS.length;
