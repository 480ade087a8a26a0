/**
 * One partner's brief as Markdown: the profile, the contacts and the approved positioning — what
 * a partner manager sends ahead of a meeting or pastes into a wiki. All user text is escaped, so
 * nothing a user typed turns into markup.
 */
import { PARTNER_TYPE_LABELS, STAGE_LABELS, TIER_LABELS } from '../../domain/labels';
import type { Contact, Partner } from '../../domain/partner';
import type { PositioningDraft, PositioningIteration } from '../../domain/positioning';
import type { TierLabels } from '../../domain/strategy/tier-labels';
import { exportDocOf } from '../../positioning/export-doc';
import { toMarkdown } from '../../positioning/export-text';
import {
  escapeMarkdownBlock,
  escapeMarkdownLine,
  markdownUrl,
} from '../../positioning/markdown-escape';

/** An approved draft with its latest iteration (absent when it was approved before any). */
export interface ApprovedPositioning {
  draft: PositioningDraft;
  head?: PositioningIteration | undefined;
}

/** What a partner brief shows. */
export interface PartnerBrief {
  partner: Partner;
  contacts: readonly Contact[];
  approved: readonly ApprovedPositioning[];
  /** The programme's tier names (tier-labels.ts); the standard names without them. */
  tierLabels?: TierLabels | undefined;
}

function profileLines(partner: Partner, tierLabels: TierLabels): string[] {
  const line = (label: string, value: string | undefined) =>
    value ? [`- **${label}:** ${value}`] : [];
  return [
    ...line('Types', partner.types.map((type) => PARTNER_TYPE_LABELS[type]).join(', ')),
    ...line('Stage', STAGE_LABELS[partner.stage]),
    ...line(
      'Tier',
      partner.tier === 'none' ? undefined : escapeMarkdownLine(tierLabels[partner.tier]),
    ),
    ...line('Region', partner.region && escapeMarkdownLine(partner.region)),
    ...line('Industry', partner.industry && escapeMarkdownLine(partner.industry)),
    ...line('Owner', partner.owner && escapeMarkdownLine(partner.owner)),
    ...line('Website', partner.website && markdownUrl(partner.website)),
    ...line(
      'Recorded health',
      partner.healthScore === undefined ? undefined : `${partner.healthScore} of 100`,
    ),
    ...line('Tags', partner.tags.map(escapeMarkdownLine).join(', ')),
  ];
}

function contactLine(contact: Contact): string {
  const details = [
    contact.role && escapeMarkdownLine(contact.role),
    contact.email && escapeMarkdownLine(contact.email),
    contact.phone && escapeMarkdownLine(contact.phone),
  ].filter(Boolean);
  const name = `**${escapeMarkdownLine(contact.name)}**`;
  return details.length > 0 ? `- ${name}: ${details.join(', ')}` : `- ${name}`;
}

/** The partner brief as a Markdown document. */
export function partnerBriefMarkdown(brief: PartnerBrief): string {
  const { partner, contacts, approved } = brief;
  const blocks = [
    `# ${escapeMarkdownLine(partner.name)}`,
    profileLines(partner, brief.tierLabels ?? TIER_LABELS).join('\n'),
  ];
  if (partner.notes) blocks.push('## Notes', escapeMarkdownBlock(partner.notes));
  blocks.push('## Contacts');
  blocks.push(contacts.length === 0 ? '_No contacts yet._' : contacts.map(contactLine).join('\n'));
  blocks.push('## Approved positioning');
  if (approved.length === 0) blocks.push('_No positioning has been approved yet._');
  for (const { draft, head } of approved) {
    const subject = head
      ? { kind: 'iteration' as const, iteration: head }
      : { kind: 'working' as const, title: draft.title, fields: draft.fields };
    const doc = { ...exportDocOf(draft, partner.name, subject), status: draft.status };
    blocks.push(toMarkdown(doc, { headingLevel: 3 }).trimEnd());
  }
  return `${blocks.filter((block) => block !== '').join('\n\n')}\n`;
}
