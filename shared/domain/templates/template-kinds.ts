/**
 * The kinds of template the library holds. Each kind starts a different document: a positioning
 * draft, a partner plan, a QBR, or a partner scorecard.
 */

/** The kinds of template. */
export const TEMPLATE_KINDS = ['positioning', 'partner-plan', 'qbr-agenda', 'scorecard'] as const;

/** A kind of template. */
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];

/** Each kind's name on screen and in exports, singular and plural. */
export const TEMPLATE_KIND_LABELS: Readonly<Record<TemplateKind, { one: string; many: string }>> = {
  positioning: { one: 'Positioning', many: 'Positioning' },
  'partner-plan': { one: 'Partner plan', many: 'Partner plans' },
  'qbr-agenda': { one: 'QBR agenda', many: 'QBR agendas' },
  scorecard: { one: 'Partner scorecard', many: 'Partner scorecards' },
};
