/**
 * The workbook file benchmarks' calls (files-bench-api.ts), gathered from their modules for the
 * bench page: `.partnerbook` save and open, CSV import, XLSX write. Each benchmark file runs in a
 * browser of its own, so what a module keeps in page memory goes when its benchmark ends.
 */
import type { FilesBench } from './files-bench-api';
import { importBench } from './import-bench';
import { partnerbookBench } from './partnerbook-bench';
import { xlsxBench } from './xlsx-bench';

/** The file benchmarks' side of the bench API. */
export const filesBench: FilesBench = { ...partnerbookBench, ...importBench, ...xlsxBench };
