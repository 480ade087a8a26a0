import { templateSchema, type Template } from '../../../../shared/domain/templates/template';
import type { TemplateKind } from '../../../../shared/domain/templates/template-kinds';
import type { Validated } from '../../../../shared/domain/validation';
import type { ChangeFeed } from '../change-feed';
import type { WorkbookDatabase } from '../database';
import { StrategyStore } from './strategy-store';

const byName = (a: Template, b: Template): number =>
  a.name.localeCompare(b.name, undefined, { sensitivity: 'base' });

/**
 * The user's own templates (the built-in library is in shared/domain/templates/library.ts).
 * A rename is an update of the whole template with a new name, so that every write validates
 * the kind's body as it stands.
 */
export class TemplateRepo {
  private readonly store: StrategyStore<Template>;

  constructor(db: WorkbookDatabase, feed: ChangeFeed) {
    this.store = new StrategyStore(db, feed, 'templates', templateSchema);
  }

  /** Every template of the user's, by name. */
  async list(): Promise<Template[]> {
    return (await this.store.table.toArray()).sort(byName);
  }

  /** The user's templates of one kind, by name. */
  async ofKind(kind: TemplateKind): Promise<Template[]> {
    return (await this.store.table.where('kind').equals(kind).toArray()).sort(byName);
  }

  /** One template, or undefined. */
  get(id: string): Promise<Template | undefined> {
    return this.store.get(id);
  }

  /** Validates and creates a template. */
  create(fields: unknown): Promise<Validated<Template>> {
    return this.store.create(fields);
  }

  /** Validates and replaces a template's fields; its kind cannot change. */
  update(id: string, fields: unknown): Promise<Validated<Template>> {
    return this.store.update(id, fields, (template, previous) =>
      Promise.resolve(
        previous && previous.kind !== template.kind
          ? 'A template keeps its kind; save a new template instead.'
          : undefined,
      ),
    );
  }

  /** Renames a template (and sets its description), keeping its body. */
  async rename(id: string, name: string, description?: string): Promise<Validated<Template>> {
    const existing = await this.store.get(id);
    if (!existing) return { ok: false, errors: { _: 'This template no longer exists.' } };
    return this.update(id, { ...existing, name, description });
  }

  /** Deletes a template (with a tombstone) and returns it for undo. */
  remove(id: string): Promise<Template | undefined> {
    return this.store.remove(id);
  }

  /** Puts back a deleted template. */
  restore(template: Template): Promise<void> {
    return this.store.restore(template);
  }
}
