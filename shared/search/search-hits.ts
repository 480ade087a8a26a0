/**
 * The partner search's answer in the compact form it crosses threads in: the index's ordinals of
 * the matching partners, and the table that names each ordinal's partner. The table is shared by
 * every answer until the index changes, so a consumer can key work on it (the partners screen
 * maps ordinals to row positions once per table, not once per keystroke).
 */

/** Matching partners as ordinals into `ids`, best first. */
export interface SearchHits {
  /** Ordinals of the matching partners, best first. */
  readonly ordinals: Uint32Array;
  /** The partner id of each ordinal ('' for a removed partner); never one of a hit. */
  readonly ids: readonly string[];
}

/** The partner ids of `hits`, best first. */
export function hitIds(hits: SearchHits): string[] {
  const out: string[] = [];
  for (const ordinal of hits.ordinals) {
    const id = hits.ids[ordinal];
    if (id !== undefined && id !== '') out.push(id);
  }
  return out;
}
