import { Dexie } from 'dexie';
import type { NewDraftInput, PositioningDraft } from '../../../../shared/domain/positioning';
import { ChangeFeed, type WorkbookChange } from '../change-feed';
import { WorkbookDatabase } from '../database';
import { PartnerRepo } from './partner-repo';
import { PositioningRepo } from './positioning-repo';
import { SettingsRepo } from './settings-repo';

/**
 * For tests only: a fresh database with the positioning repositories, and small helpers that
 * make drafts and unwrap results. Each test opens its own kit and closes it.
 */
export interface PositioningKit {
  db: WorkbookDatabase;
  feed: ChangeFeed;
  /** Every change the feed reported, in order. */
  changes: WorkbookChange[];
  partners: PartnerRepo;
  settings: SettingsRepo;
  positioning: PositioningRepo;
  /** Creates a partner and returns its id. */
  partner(name?: string): Promise<string>;
  /** Creates a draft from a template (message house unless told) and returns it. */
  draft(
    input?: Partial<NewDraftInput>,
    template?: PositioningDraft['template'],
  ): Promise<PositioningDraft>;
  close(): Promise<void>;
}

/** The value of a successful result; throws with the refusal otherwise. */
export function ok<T>(result: { ok: true; value: T } | { ok: false }): T {
  if (!result.ok) throw new Error(`Expected success: ${JSON.stringify(result)}`);
  return result.value;
}

/** Opens a fresh database with the positioning repositories. */
export async function openPositioningKit(): Promise<PositioningKit> {
  const db = new WorkbookDatabase(`positioning-${crypto.randomUUID()}`);
  await db.open();
  const feed = new ChangeFeed();
  const changes: WorkbookChange[] = [];
  feed.subscribe((change) => changes.push(change));
  const partners = new PartnerRepo(db, feed);
  const settings = new SettingsRepo(db);
  const positioning = new PositioningRepo(db, feed, settings);
  return {
    db,
    feed,
    changes,
    partners,
    settings,
    positioning,
    partner: async (name = 'Baltic Data') =>
      ok(await partners.create({ name, stage: 'active' })).id,
    draft: async (input = {}, template = 'message-house') =>
      ok(
        await positioning.createDraft(
          { title: 'Sales pitch', audience: 'partner-sales', ...input },
          { kind: 'template', template },
        ),
      ),
    close: async () => {
      db.close();
      await Dexie.delete(db.name);
    },
  };
}
