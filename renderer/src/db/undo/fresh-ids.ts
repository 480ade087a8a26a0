import { newId } from '../ids';

/**
 * The ids a bulk write (an import) draws for the records it creates, so that its undo capture
 * knows those records are new and reads nothing before writing them: a 100,000-row import then
 * costs the capture no read per created record, as an add would not.
 */
export class FreshIds {
  private readonly drawn = new Set<string>();

  /** Draws a new record id, remembered as fresh. */
  readonly draw = (): string => {
    const id = newId();
    this.drawn.add(id);
    return id;
  };

  /**
   * True for a record the write creates: under an id it drew, or belonging to a partner it drew
   * (a partner's first stage and tier records), which no stored record can be.
   */
  readonly isNew = (_table: string, key: string, value: unknown): boolean => {
    if (this.drawn.has(key)) return true;
    if (typeof value !== 'object' || value === null) return false;
    const owner = (value as { partnerId?: unknown }).partnerId;
    return typeof owner === 'string' && this.drawn.has(owner);
  };
}
