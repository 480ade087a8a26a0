/**
 * Drives the app's CSV and XLSX import in process, as the import worker does: the real
 * ImportEngine (read, map, check, plan) and the real ImportRepo writing into a workbook database
 * (fake-indexeddb). Each input is read, planned and, when the plan is ready, written; a refusal
 * at any step must come as a message for the user and leave the workbook's content hash as it
 * was.
 */
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { expect } from 'vitest';
import type { OnMatch } from '../../shared/files/tabular/match';
import { ChangeFeed } from '../../renderer/src/db/change-feed';
import { WorkbookDatabase } from '../../renderer/src/db/database';
import { ImportRepo } from '../../renderer/src/db/repos/import-repo';
import { writeSnapshotToNewDatabase } from '../../renderer/src/db/repos/snapshot-repo';
import { ImportEngine } from '../../renderer/src/workers/import-engine';
import type { ImportRequest, ImportResponse } from '../../renderer/src/workers/import-messages';
import { contentHash } from './content-hash';
import { expectUserMessage, type FuzzStats } from './fuzz-kit';
import { SEED_SNAPSHOT } from './seed-workbook';

// What the engine answers when an error it did not expect reaches it: a bug to report.
const UNEXPECTED = /unexpectedly/;

/** How an import of one file is chosen to go on after reading it. */
export interface ImportChoices {
  onMatch: OnMatch;
  skipRowsWithProblems: boolean;
}

/** An import session against one workbook database, renewed every so many writes. */
export class ImportHarness {
  private db: WorkbookDatabase | undefined;
  private dbName = '';
  private hash = '';
  private writes = 0;
  private requestId = 0;

  constructor(private readonly stats: FuzzStats) {}

  private async workbook(): Promise<WorkbookDatabase> {
    // A fresh workbook every 50 writes keeps the hash cheap and the database small.
    if (this.db && this.writes < 50) return this.db;
    await this.close();
    this.dbName = `fuzz-import-${crypto.randomUUID()}`;
    await writeSnapshotToNewDatabase(SEED_SNAPSHOT, this.dbName);
    this.db = new WorkbookDatabase(this.dbName);
    await this.db.open();
    this.hash = await contentHash(this.db);
    this.writes = 0;
    return this.db;
  }

  /** Closes and deletes the current workbook database. */
  async close(): Promise<void> {
    if (!this.db) return;
    this.db.close();
    await Dexie.delete(this.dbName);
    this.db = undefined;
  }

  /**
   * Imports one file and checks the outcome: written, or refused in words with the workbook
   * unchanged. `label` names the input in failure messages.
   */
  async importFile(
    bytes: Uint8Array,
    fileName: string,
    choices: ImportChoices,
    label: string,
  ): Promise<void> {
    const db = await this.workbook();
    const repo = new ImportRepo(db, new ChangeFeed());
    const start = performance.now();
    const responses: ImportResponse[] = [];
    const engine = new ImportEngine({
      post: (response) => responses.push(response),
      // The worker opens the database by name for each step; here the open one is shared,
      // since opening costs fake-indexeddb far more than the import itself.
      openStore: (name) => {
        expect(name).toBe(this.dbName);
        return {
          existingForMatching: () => repo.existingForMatching(),
          applyImport: (plan, options) => repo.applyImport(plan, options),
          close: () => undefined,
        };
      },
    });
    const ask = async (request: ImportRequest): Promise<ImportResponse | undefined> => {
      await engine.handle(request);
      return responses.filter((r) => r.type !== 'progress').at(-1);
    };
    const data = bytes.slice().buffer;
    let answer = await ask({ type: 'read', requestId: (this.requestId += 1), fileName, data });
    if (answer?.type === 'table' && answer.table.mappingErrors.length === 0) {
      const requestId = (this.requestId += 1);
      answer = await ask({ type: 'plan', requestId, dbName: this.dbName, ...choices });
      if (answer?.type === 'planned' && answer.plan.ready) {
        answer = await ask({ type: 'apply', requestId: (this.requestId += 1) });
      }
    }
    if (answer?.type === 'table') {
      for (const message of answer.table.mappingErrors) expectUserMessage(message, label);
    }
    if (answer?.type === 'planned' && answer.plan.blockedReason !== undefined) {
      expectUserMessage(answer.plan.blockedReason, label);
    }
    if (answer?.type === 'failed' || answer?.type === 'rejected') {
      expectUserMessage(answer.message, label);
      expect(answer.message, `an unexpected error for ${label}`).not.toMatch(UNEXPECTED);
    }
    expect(answer, `no answer for ${label}`).toBeDefined();
    const written = answer?.type === 'applied';
    this.stats.record(written ? 'accepted' : 'refused', start, label);
    const after = await contentHash(db);
    if (written) {
      this.writes += 1;
      this.hash = after;
    } else if (after !== this.hash) {
      this.stats.partialWrites += 1;
      this.hash = after;
    }
  }
}
