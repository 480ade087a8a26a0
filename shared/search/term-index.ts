/**
 * A compact in-memory inverted index, built for "narrow 100,000 rows as the user types": one flat
 * array of small integers per term (document ordinal × 256 + a bit per field the term occurs in),
 * queries that AND words together by walking those arrays with a stamp per document, and ranking
 * by a counting sort. General-purpose engines (MiniSearch was measured) keep a map per term and
 * field and allocate an object per hit, which at this size costs seconds to build and tens to
 * hundreds of milliseconds per query.
 */
import { isWithinOneEdit } from './search-terms';
import { TermVocabulary } from './term-vocabulary';

/** One word of a query and how it may match indexed terms. */
export interface TermMatcher {
  /** A normalised term (see search-terms). */
  readonly term: string;
  /** Also match indexed terms that start with `term`. */
  readonly prefix: boolean;
  /** Also match indexed terms one edit (insertion, deletion, substitution) away. */
  readonly fuzzy: boolean;
  /** Bit i set: a match in field i counts. */
  readonly fieldMask: number;
}

/** At most this many fields: a field set is one byte of a posting. */
export const MAX_INDEX_FIELDS = 8;

// Postings stay below 2^31 so that V8 keeps them as small integers and `>>> 8` decodes them.
const ORDINAL_LIMIT = 2 ** 23;
// Scores are ranked at this resolution, relative to the best score.
const SCORE_STEPS = 2 ** 16;
const EXACT_WEIGHT = 1;
const PREFIX_WEIGHT = 0.6;
const FUZZY_WEIGHT = 0.35;
// Removed documents leave dead postings behind; rewrite them once they are this many and a
// quarter of all ordinals.
const COMPACT_AFTER = 4096;
// Up to this many new terms are inserted into the sorted vocabulary one by one; more are sorted.
const INSERT_LIMIT = 256;

interface Expansion {
  readonly entries: readonly number[];
  readonly weight: number;
  readonly fieldMask: number;
}

function lowerBound(sorted: readonly string[], term: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] ?? '') < term) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** An inverted index of documents (an id and up to eight text fields) with AND queries. */
export class TermIndex {
  private ids: string[] = [];
  private ordinals = new Map<string, number>();
  private alive = new Uint8Array(1024);
  private readonly vocabulary = new TermVocabulary();
  // By term number: the postings, and the ordinal of the last document added to them (so that a
  // term in several fields of one document is one entry).
  private entries: number[][] = [];
  private last: number[] = [];
  private sortedTerms: string[] = [];
  // Terms numbered from here on are not in sortedTerms yet.
  private sortedUpTo = 0;
  private removed = 0;
  private compactions = 0;
  private readonly fieldBoost = new Float64Array(256);
  // Per-query scratch, indexed by ordinal and reused: documents are told apart by stamp.
  private mark = new Int32Array(0);
  private best = new Float64Array(0);
  private total = new Float64Array(0);
  private stamp = 0;

  /** `boosts[i]` weighs a match in field i; the number of boosts is the number of fields. */
  constructor(private readonly boosts: readonly number[]) {
    if (boosts.length > MAX_INDEX_FIELDS) {
      throw new RangeError(`At most ${MAX_INDEX_FIELDS} fields, got ${boosts.length}.`);
    }
    for (let mask = 1; mask < 256; mask += 1) {
      this.fieldBoost[mask] = boosts.reduce(
        (sum, boost, i) => sum + (mask & (1 << i) ? boost : 0),
        0,
      );
    }
  }

  /** How many documents the index holds. */
  get size(): number {
    return this.ordinals.size;
  }

  /** How many distinct terms the index holds. */
  get termCount(): number {
    return this.vocabulary.size;
  }

  /** True when a document with this id is indexed. */
  has(id: string): boolean {
    return this.ordinals.has(id);
  }

  /** Indexes a document, replacing any earlier one with the same id; fields in boost order. */
  put(id: string, fields: readonly string[]): void {
    if (fields.length > this.boosts.length) {
      throw new RangeError(`Expected at most ${this.boosts.length} fields, got ${fields.length}.`);
    }
    const ordinal = this.insert(id);
    for (let field = 0; field < fields.length; field += 1) {
      this.addTerms(ordinal, field, fields[field] ?? '');
    }
  }

  /**
   * Starts a document without text, replacing any earlier one with the same id, and returns its
   * ordinal for {@link addText}: a caller that has its fields in pieces then adds them without
   * first joining them or looking the id up again.
   */
  insert(id: string): number {
    this.remove(id);
    if (this.ids.length >= ORDINAL_LIMIT) this.compact();
    if (this.ids.length >= ORDINAL_LIMIT) throw new RangeError('The search index is full.');
    const ordinal = this.ids.length;
    this.ids.push(id);
    this.ordinals.set(id, ordinal);
    if (ordinal >= this.alive.length) {
      const grown = new Uint8Array(this.alive.length * 2);
      grown.set(this.alive);
      this.alive = grown;
    }
    this.alive[ordinal] = 1;
    return ordinal;
  }

  /** The ordinal of an indexed document (valid until {@link generation} changes), or -1. */
  ordinalOf(id: string): number {
    return this.ordinals.get(id) ?? -1;
  }

  /**
   * Adds text to one field of the live document at `ordinal`. Added before any other document,
   * it gives the postings that having it in the field at {@link put} would; added later, a term
   * the document already has gets a second entry, which queries treat like the first.
   */
  addText(ordinal: number, field: number, text: string): void {
    if (field < 0 || field >= this.boosts.length) throw new RangeError(`No field ${field}.`);
    if (this.alive[ordinal] !== 1) throw new RangeError(`No document at ordinal ${ordinal}.`);
    this.addTerms(ordinal, field, text);
  }

  // A term seen again in the same document only sets another field bit on its last entry; after
  // an append the document can get a second entry, which queries treat like the first.
  private addTerms(ordinal: number, field: number, text: string): void {
    const bit = 1 << field;
    const entry = ordinal * 256 + bit;
    const { vocabulary, entries, last } = this;
    const count = vocabulary.scan(text);
    for (let i = 0; i < count; i += 1) {
      const term = vocabulary.termAt(i);
      const postings = entries[term];
      if (postings === undefined) {
        entries[term] = [entry];
        last[term] = ordinal;
      } else if (last[term] === ordinal) {
        const at = postings.length - 1;
        postings[at] = (postings[at] ?? entry) | bit;
      } else {
        postings.push(entry);
        last[term] = ordinal;
      }
    }
  }

  /** Removes a document; false when it was not indexed. */
  remove(id: string): boolean {
    const ordinal = this.ordinals.get(id);
    if (ordinal === undefined) return false;
    this.ordinals.delete(id);
    this.alive[ordinal] = 0;
    this.ids[ordinal] = '';
    this.removed += 1;
    if (this.removed >= COMPACT_AFTER && this.removed * 4 >= this.ids.length) this.compact();
    return true;
  }

  /** Rewrites the postings without removed documents, reclaiming their space. */
  compact(): void {
    const renumber = new Int32Array(this.ids.length).fill(-1);
    const ids: string[] = [];
    this.ids.forEach((id, ordinal) => {
      if (this.alive[ordinal] !== 1) return;
      renumber[ordinal] = ids.length;
      ids.push(id);
    });
    this.entries = this.entries.map((postings) => {
      const kept: number[] = [];
      for (const entry of postings) {
        const ordinal = renumber[entry >>> 8] ?? -1;
        if (ordinal !== -1) kept.push(ordinal * 256 + (entry & 255));
      }
      return kept;
    });
    this.last = this.last.map(() => -1);
    this.ids = ids;
    this.ordinals = new Map(ids.map((id, ordinal) => [id, ordinal]));
    this.alive = new Uint8Array(Math.max(1024, ids.length * 2));
    this.alive.fill(1, 0, ids.length);
    this.removed = 0;
    this.compactions += 1;
  }

  /** Sorts terms added since the last query, so that the next query does not pay for it. */
  prepare(): void {
    const size = this.vocabulary.size;
    if (this.sortedUpTo === size) return;
    const added: string[] = [];
    for (let id = this.sortedUpTo; id < size; id += 1) added.push(this.vocabulary.term(id));
    this.sortedUpTo = size;
    if (added.length > INSERT_LIMIT) {
      this.sortedTerms = this.sortedTerms.concat(added).sort();
    } else {
      for (const term of added) {
        this.sortedTerms.splice(lowerBound(this.sortedTerms, term), 0, term);
      }
    }
  }

  /**
   * Where the ids of {@link ordinalsOf} are: it changes when ordinals are renumbered (a
   * compaction); until then ordinals only grow (a replaced document gets a new one).
   */
  get generation(): number {
    return this.compactions;
  }

  /** How many ordinals have been handed out since the last renumbering. */
  get ordinalCount(): number {
    return this.ids.length;
  }

  /** The id of each ordinal from `from` on ('' for a removed document). */
  idsFrom(from: number): string[] {
    return this.ids.slice(from);
  }

  /** Ids of the documents that match every matcher, best first; [] without matchers. */
  search(matchers: readonly TermMatcher[]): string[] {
    return Array.from(this.searchOrdinals(matchers), (ordinal) => this.ids[ordinal] ?? '');
  }

  /**
   * Ordinals of the documents that match every matcher, best first (see {@link idsFrom}): the
   * compact answer that crosses to another thread without a string per hit.
   */
  searchOrdinals(matchers: readonly TermMatcher[]): Uint32Array {
    const none = new Uint32Array(0);
    if (matchers.length === 0) return none;
    this.prepare();
    const plans = matchers.map((matcher) => this.expand(matcher));
    // Fewest postings first: later words then only confirm documents already found.
    const cost = (plan: readonly Expansion[]): number =>
      plan.reduce((sum, expansion) => sum + expansion.entries.length, 0);
    plans.sort((a, b) => cost(a) - cost(b));
    if (plans.some((plan) => plan.length === 0)) return none;
    this.ensureScratch();
    let candidates: number[] = [];
    let previous = 0;
    for (const [round, plan] of plans.entries()) {
      const stamp = this.nextStamp();
      this.scoreRound(plan, round === 0 ? -1 : previous, stamp, candidates);
      candidates = round === 0 ? candidates : candidates.filter((o) => this.mark[o] === stamp);
      for (const ordinal of candidates) {
        this.total[ordinal] =
          (round === 0 ? 0 : (this.total[ordinal] ?? 0)) + (this.best[ordinal] ?? 0);
      }
      if (candidates.length === 0) return none;
      previous = stamp;
    }
    return this.ranked(candidates);
  }

  // Scores one query word: a document's score is its best-weighted matching term. In the first
  // round (`previous` -1) every live document may enter `found`; later only those still in.
  private scoreRound(
    plan: readonly Expansion[],
    previous: number,
    stamp: number,
    found: number[],
  ): void {
    const { mark, best, alive, fieldBoost } = this;
    for (const { entries, weight, fieldMask } of plan) {
      for (const entry of entries) {
        const fields = entry & fieldMask;
        if (fields === 0) continue;
        const ordinal = entry >>> 8;
        const score = weight * (fieldBoost[fields] ?? 0);
        const seen = mark[ordinal];
        if (seen === stamp) {
          if (score > (best[ordinal] ?? 0)) best[ordinal] = score;
        } else if (previous === -1 ? alive[ordinal] === 1 : seen === previous) {
          mark[ordinal] = stamp;
          best[ordinal] = score;
          if (previous === -1) found.push(ordinal);
        }
      }
    }
  }

  private expand(matcher: TermMatcher): Expansion[] {
    const { term, prefix, fuzzy } = matcher;
    const fieldMask = matcher.fieldMask & 255;
    const documents = Math.max(1, this.ordinals.size);
    const out: Expansion[] = [];
    const add = (entries: readonly number[], kind: number): void => {
      // Rarer terms say more: inverse document frequency.
      const weight = kind * Math.log(1 + documents / entries.length);
      out.push({ entries, weight, fieldMask });
    };
    const postingsOf = (candidate: string): readonly number[] | undefined => {
      const id = this.vocabulary.find(candidate);
      const postings = id === -1 ? undefined : this.entries[id];
      return postings && postings.length > 0 ? postings : undefined;
    };
    const exact = postingsOf(term);
    if (exact) add(exact, EXACT_WEIGHT);
    if (prefix) {
      for (let i = lowerBound(this.sortedTerms, term); i < this.sortedTerms.length; i += 1) {
        const candidate = this.sortedTerms[i] ?? '';
        if (!candidate.startsWith(term)) break;
        const postings = candidate === term ? undefined : postingsOf(candidate);
        // Shorter completions are closer to what was typed.
        if (postings) add(postings, PREFIX_WEIGHT * (0.5 + (0.5 * term.length) / candidate.length));
      }
    }
    if (fuzzy && term !== '') {
      // Typos are looked for among terms with the same first letter, a range of the sorted terms:
      // scanning a vocabulary of 500,000 terms per word would cost milliseconds. A wrong first
      // letter is the rare typo (search engines commonly make the same trade).
      const first = term.charAt(0);
      for (let i = lowerBound(this.sortedTerms, first); i < this.sortedTerms.length; i += 1) {
        const candidate = this.sortedTerms[i] ?? '';
        if (!candidate.startsWith(first)) break;
        if (candidate === term || (prefix && candidate.startsWith(term))) continue;
        if (!isWithinOneEdit(term, candidate)) continue;
        const postings = postingsOf(candidate);
        if (postings) add(postings, FUZZY_WEIGHT);
      }
    }
    return out;
  }

  private ensureScratch(): void {
    if (this.mark.length >= this.ids.length) return;
    const length = Math.max(1024, this.ids.length * 2);
    this.mark = new Int32Array(length);
    this.best = new Float64Array(length);
    this.total = new Float64Array(length);
    this.stamp = 0;
  }

  private nextStamp(): number {
    if (this.stamp === 0x7fff_ffff) {
      this.mark.fill(0);
      this.stamp = 0;
    }
    this.stamp += 1;
    return this.stamp;
  }

  // A stable counting sort on the score quantised to SCORE_STEPS below the best: linear in the
  // number of hits, where a comparison sort of 60,000 hits alone would cost several milliseconds.
  private ranked(candidates: readonly number[]): Uint32Array {
    const { total } = this;
    let top = 0;
    for (const ordinal of candidates) top = Math.max(top, total[ordinal] ?? 0);
    const scale = top > 0 ? (SCORE_STEPS - 1) / top : 0;
    const buckets = new Uint16Array(candidates.length);
    const starts = new Uint32Array(SCORE_STEPS + 1);
    candidates.forEach((ordinal, i) => {
      const bucket = SCORE_STEPS - 1 - Math.round((total[ordinal] ?? 0) * scale);
      buckets[i] = bucket;
      starts[bucket + 1] = (starts[bucket + 1] ?? 0) + 1;
    });
    for (let bucket = 1; bucket <= SCORE_STEPS; bucket += 1) {
      starts[bucket] = (starts[bucket] ?? 0) + (starts[bucket - 1] ?? 0);
    }
    const ordinals = new Uint32Array(candidates.length);
    candidates.forEach((ordinal, i) => {
      const bucket = buckets[i] ?? 0;
      const at = starts[bucket] ?? 0;
      starts[bucket] = at + 1;
      ordinals[at] = ordinal;
    });
    return ordinals;
  }
}
