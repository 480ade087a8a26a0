import { z } from 'zod';
import { idSchema, optionalText, timestampSchema } from './record';

/** The key of the single meta row in a workbook. */
export const META_KEY = 'workbook';

/** The workbook's identity and the schema version that last wrote it. */
export const workbookMetaSchema = z.object({
  key: z.literal(META_KEY),
  workbookId: idSchema,
  name: z.string().trim().min(1, { error: 'A workbook needs a name.' }).max(200),
  schemaVersion: z.number().int().min(1),
  /** The version of the app that last opened the workbook to write (absent before it was kept). */
  appVersion: z.string().max(50).optional(),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});

/** The meta row. */
export type WorkbookMeta = z.infer<typeof workbookMetaSchema>;

/** A workbook setting: one key, one JSON value. */
export const settingSchema = z.object({
  key: z.string().min(1).max(100),
  value: z.unknown(),
  updatedAt: timestampSchema,
});

/** A stored setting. */
export type Setting = z.infer<typeof settingSchema>;

/** The setting that holds the name recorded as the author of iterations and status changes. */
export const AUTHOR_SETTING = 'author';

/** The author's name: trimmed, at most 200 characters; empty means none. */
export const authorSettingSchema = optionalText(200, 'Your name');
