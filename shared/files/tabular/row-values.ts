/**
 * The first half of reading a row: each mapped cell turned into the value its field takes
 * (stage words into stages, "85%" into 85, country into region…), with a problem for each cell
 * that cannot be. The partner schema then validates the result (see partner-rows.ts).
 */
import type { LifecycleStage, PartnerType } from '../../domain/partner';
import {
  inferDayOrder,
  looksLikeFormula,
  readDate,
  readHealthScore,
  splitList,
  tidyWebsite,
} from './cell-values';
import type { CellValue, DayOrder } from './cell-values';
import { regionOfCountry } from './country-regions';
import type { ColumnMapping, ImportTarget } from './import-fields';
import type { RowProblem } from './raw-table';
import { NO_TYPE_WORDS, REGION_WORDS, STAGE_WORDS, TIER_WORDS, TYPE_WORDS } from './value-words';
import { foldWords } from './words';

/** A row's values before schema validation, and the column each one came from. */
export interface RowValues {
  partner: Record<string, unknown>;
  contact: Record<string, string> | undefined;
  /** The file column each field was read from, so that schema messages can name it. */
  columns: Map<string, string>;
  problems: RowProblem[];
}

/** A mapping prepared for reading many rows: column targets, and each date column's day order. */
export interface ColumnPlan {
  headers: readonly string[];
  mapping: ColumnMapping;
  dayOrders: Map<number, DayOrder | undefined>;
  notesColumns: number;
  /** {@link foldWords}, remembered: type, stage, tier and country columns repeat few values. */
  fold: (text: string) => string;
}

const MEMO_LIMIT = 10_000;

function memoFold(): (text: string) => string {
  const memo = new Map<string, string>();
  return (text) => {
    let folded = memo.get(text);
    if (folded === undefined) {
      if (memo.size >= MEMO_LIMIT) memo.clear();
      folded = foldWords(text);
      memo.set(text, folded);
    }
    return folded;
  };
}

type ContactTarget = Extract<ImportTarget, `contact${string}`>;
type ContactCells = Partial<Record<ContactTarget, string>>;

// Where schema messages about the contact find their column (first and last name share `name`).
const CONTACT_FIELDS: Record<ContactTarget, string> = {
  contactName: 'contact.name',
  contactFirstName: 'contact.name',
  contactLastName: 'contact.name',
  contactRole: 'contact.role',
  contactEmail: 'contact.email',
  contactPhone: 'contact.phone',
};

const FORMULA = 'This cell looks like a spreadsheet formula, so it was not imported.';
const TYPE_HELP =
  'Reseller, Referral, System integrator, Technology, MSP, Agency, Distributor or OEM';
const STAGE_HELP =
  'a lifecycle stage; use Prospect, Applicant, Onboarding, Active, Growing, At risk or Exited';
const TIER_HELP = 'a tier; use Registered, Silver, Gold or Platinum (or leave it empty)';

/** Prepares a mapping for {@link readRowValues}, looking at whole columns where a cell cannot tell. */
export function planColumns(
  headers: readonly string[],
  mapping: ColumnMapping,
  rows: readonly (readonly string[])[],
): ColumnPlan {
  const dayOrders = new Map<number, DayOrder | undefined>();
  mapping.forEach((target, index) => {
    if (target === 'lastActivityAt') dayOrders.set(index, inferDayOrder(column(rows, index)));
  });
  const notesColumns = mapping.filter((t) => t === 'notes').length;
  return { headers, mapping, dayOrders, notesColumns, fold: memoFold() };
}

function* column(rows: readonly (readonly string[])[], index: number): Generator<string> {
  for (const row of rows) yield row[index] ?? '';
}

/** Reads one row's mapped cells into field values, reporting each cell that cannot be read. */
export function readRowValues(plan: ColumnPlan, cells: readonly string[], row: number): RowValues {
  const reader = new RowReader(row, plan.fold);
  plan.mapping.forEach((target, index) => {
    const value = (cells[index] ?? '').trim();
    if (target === 'ignore' || value === '') return;
    const header = plan.headers[index] ?? '';
    if (looksLikeFormula(value)) reader.problem(header, FORMULA);
    else reader.cell(target, header, value, plan.notesColumns > 1, plan.dayOrders.get(index));
  });
  return reader.finish();
}

// Collects one row's values; single-valued fields take the first non-empty cell mapped to them.
class RowReader {
  private readonly values: RowValues = {
    partner: {},
    contact: undefined,
    columns: new Map(),
    problems: [],
  };
  private readonly types = new Set<PartnerType>();
  private readonly tags: string[] = [];
  private readonly notes: string[] = [];
  private readonly contact: ContactCells = {};
  private typeStage: LifecycleStage | undefined;
  private countryRegion: string | undefined;

  constructor(
    private readonly row: number,
    private readonly fold: (text: string) => string,
  ) {}

  problem(column: string, message: string): void {
    this.values.problems.push({ row: this.row, column, message });
  }

  private first(field: string, header: string, value: unknown): void {
    if (this.values.partner[field] !== undefined) return;
    this.values.partner[field] = value;
    this.values.columns.set(field, header);
  }

  private known<T>(
    words: ReadonlyMap<string, T>,
    field: string,
    header: string,
    value: string,
    help: string,
  ): void {
    const match = words.get(this.fold(value));
    if (match === undefined) this.problem(header, `“${value}” is not ${help}.`);
    else this.first(field, header, match);
  }

  cell(
    target: ImportTarget,
    header: string,
    value: string,
    labelNotes: boolean,
    order: DayOrder | undefined,
  ): void {
    switch (target) {
      case 'types':
        this.readTypes(header, value);
        break;
      case 'stage':
        this.known(STAGE_WORDS, 'stage', header, value, STAGE_HELP);
        break;
      case 'tier':
        this.known(TIER_WORDS, 'tier', header, value, TIER_HELP);
        break;
      case 'region':
        this.first('region', header, REGION_WORDS.get(this.fold(value)) ?? value);
        break;
      case 'country':
        this.countryRegion ??= regionOfCountry(this.fold(value));
        if (this.countryRegion !== undefined) this.values.columns.set('country', header);
        break;
      case 'healthScore':
        this.parsed('healthScore', header, readHealthScore(value));
        break;
      case 'lastActivityAt':
        this.parsed('lastActivityAt', header, readDate(value, order));
        break;
      case 'tags':
        this.values.columns.set('tags', header);
        for (const tag of splitList(value)) {
          // Each tag may end up alone in a cell of an export.
          if (looksLikeFormula(tag)) this.problem(header, FORMULA);
          else this.tags.push(tag);
        }
        break;
      case 'notes':
        this.values.columns.set('notes', header);
        this.notes.push(labelNotes ? `${noteLabel(header)}: ${value}` : value);
        break;
      case 'website':
        this.first('website', header, tidyWebsite(value));
        break;
      case 'name':
      case 'industry':
      case 'owner':
        this.first(target, header, value);
        break;
      default:
        if (this.contact[target] !== undefined) break;
        this.contact[target] = value;
        this.values.columns.set(CONTACT_FIELDS[target], header);
    }
  }

  private parsed<T>(field: string, header: string, read: CellValue<T>): void {
    if (read.ok) this.first(field, header, read.value);
    else this.problem(header, read.message);
  }

  private readTypes(header: string, value: string): void {
    this.values.columns.set('types', header);
    for (const word of typeWords(value, this.fold)) {
      const folded = this.fold(word);
      const type = TYPE_WORDS.get(folded);
      // Salesforce and HubSpot put "Prospect" in the type column: it is the partner's stage.
      if (type) this.types.add(type);
      else if (STAGE_WORDS.has(folded)) this.typeStage ??= STAGE_WORDS.get(folded);
      else if (!NO_TYPE_WORDS.has(folded) && folded !== '') {
        this.problem(header, `“${word}” is not a partner type; use ${TYPE_HELP}.`);
      }
    }
  }

  finish(): RowValues {
    const { partner, columns } = this.values;
    if (this.types.size > 0) partner.types = [...this.types];
    if (this.typeStage) this.first('stage', columns.get('types') ?? '', this.typeStage);
    if (this.countryRegion) this.first('region', columns.get('country') ?? '', this.countryRegion);
    if (this.tags.length > 0) partner.tags = this.tags;
    if (this.notes.length > 0) partner.notes = this.notes.join('\n\n');
    this.values.contact = contactOf(this.contact);
    return this.values;
  }
}

// A whole cell may be one known phrase ("Channel Partner / Reseller"); otherwise it is a list.
function typeWords(value: string, fold: (text: string) => string): string[] {
  const folded = fold(value);
  if (TYPE_WORDS.has(folded) || STAGE_WORDS.has(folded) || NO_TYPE_WORDS.has(folded))
    return [value];
  return value
    .split(/[,;|/+]/)
    .map((word) => word.trim())
    .filter((word) => word !== '');
}

// A header becomes the start of a note: it must not make the note look like a formula.
function noteLabel(header: string): string {
  return header.replace(/^[=+\-@\s]+/, '') || 'Note';
}

function contactOf(parts: ContactCells): Record<string, string> | undefined {
  const { contactName, contactFirstName, contactLastName } = parts;
  const name = contactName ?? [contactFirstName, contactLastName].filter((p) => p).join(' ');
  const contact: Record<string, string> = {};
  if (name !== '') contact.name = name;
  if (parts.contactRole !== undefined) contact.role = parts.contactRole;
  if (parts.contactEmail !== undefined) contact.email = parts.contactEmail;
  if (parts.contactPhone !== undefined) contact.phone = parts.contactPhone;
  return Object.keys(contact).length > 0 ? contact : undefined;
}
