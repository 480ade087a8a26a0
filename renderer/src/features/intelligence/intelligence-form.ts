import type {
  AccountStatus,
  CompetitionKind,
  IntelligenceEntry,
  IntelligenceSection,
  TechnologyStatus,
  TrendImpact,
} from '../../../../shared/domain/people/intelligence';
import type { Source } from '../../../../shared/domain/people/source';

/**
 * An intelligence entry as its dialog holds it, and the reading of that into the fields
 * IntelligenceRepo validates. The form keeps every section's fields as strings; only the chosen
 * section's are read, and blank optional fields are left out.
 */

/** Whether the entry names no source, a link or a note. */
export type SourceChoice = 'none' | Source['kind'];

/** An intelligence entry's form. */
export interface IntelligenceForm {
  section: IntelligenceSection;
  observedAt: string;
  notes: string;
  sourceKind: SourceChoice;
  sourceUrl: string;
  sourceNote: string;
  accountName: string;
  segment: string;
  accountStatus: AccountStatus;
  integrationName: string;
  certification: string;
  technologyStatus: TechnologyStatus;
  competitor: string;
  competitionKind: CompetitionKind;
  routeToMarket: string;
  marketplace: string;
  region: string;
  trend: string;
  impact: TrendImpact;
}

/** A new entry's form in a section, observed today. */
export function emptyIntelligenceForm(
  section: IntelligenceSection,
  today: string,
): IntelligenceForm {
  return {
    section,
    observedAt: today,
    notes: '',
    sourceKind: 'none',
    sourceUrl: '',
    sourceNote: '',
    accountName: '',
    segment: '',
    accountStatus: 'shared',
    integrationName: '',
    certification: '',
    technologyStatus: 'planned',
    competitor: '',
    competitionKind: 'joint-offer-competitor',
    routeToMarket: '',
    marketplace: '',
    region: '',
    trend: '',
    impact: 'medium',
  };
}

/** A stored entry's form, for editing. */
export function intelligenceToForm(entry: IntelligenceEntry): IntelligenceForm {
  const source = entry.source;
  const form: IntelligenceForm = {
    ...emptyIntelligenceForm(entry.section, entry.observedAt),
    notes: entry.notes ?? '',
    sourceKind: source?.kind ?? 'none',
    sourceUrl: source?.kind === 'link' ? source.url : '',
    sourceNote: source?.note ?? '',
  };
  switch (entry.section) {
    case 'customers':
      return {
        ...form,
        accountName: entry.accountName,
        segment: entry.segment ?? '',
        accountStatus: entry.accountStatus,
      };
    case 'technology':
      return {
        ...form,
        integrationName: entry.integrationName,
        certification: entry.certification ?? '',
        technologyStatus: entry.technologyStatus,
      };
    case 'competition':
      return { ...form, competitor: entry.competitor, competitionKind: entry.competitionKind };
    case 'channels':
      return {
        ...form,
        routeToMarket: entry.routeToMarket,
        marketplace: entry.marketplace ?? '',
        region: entry.region ?? '',
      };
    case 'trends':
      return { ...form, trend: entry.trend, impact: entry.impact };
  }
}

function readSource(form: IntelligenceForm): Record<string, unknown> | undefined {
  switch (form.sourceKind) {
    case 'none':
      return undefined;
    case 'link':
      return { kind: 'link', url: form.sourceUrl, note: form.sourceNote };
    case 'note':
      return { kind: 'note', note: form.sourceNote };
  }
}

function sectionFields(form: IntelligenceForm): Record<string, string> {
  switch (form.section) {
    case 'customers':
      return {
        accountName: form.accountName,
        segment: form.segment,
        accountStatus: form.accountStatus,
      };
    case 'technology':
      return {
        integrationName: form.integrationName,
        certification: form.certification,
        technologyStatus: form.technologyStatus,
      };
    case 'competition':
      return { competitor: form.competitor, competitionKind: form.competitionKind };
    case 'channels':
      return {
        routeToMarket: form.routeToMarket,
        marketplace: form.marketplace,
        region: form.region,
      };
    case 'trends':
      return { trend: form.trend, impact: form.impact };
  }
}

/** The fields IntelligenceRepo.create and update take (it validates them). */
export function readIntelligenceForm(
  form: IntelligenceForm,
  partnerId: string,
): Record<string, unknown> {
  const source = readSource(form);
  return {
    partnerId,
    section: form.section,
    observedAt: form.observedAt.trim(),
    notes: form.notes,
    ...(source === undefined ? {} : { source }),
    ...sectionFields(form),
  };
}
