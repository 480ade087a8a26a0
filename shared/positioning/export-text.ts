/**
 * A positioning draft or iteration as a document to paste elsewhere: plain text for email and
 * chat, Markdown for wikis. All user text in the Markdown is escaped (see markdown-escape.ts).
 */
import type { DraftField, PositioningAudience, PositioningStatus } from '../domain/positioning';
import { fieldToText, isClaimEmpty, isFieldEmpty, proofLines } from './field-text';
import { AUDIENCE_LABELS, STATUS_LABELS } from './labels';
import { escapeMarkdownBlock, escapeMarkdownLine, markdownUrl } from './markdown-escape';

/** The committed iteration an export shows; absent when exporting the working copy. */
export interface ExportIteration {
  number: number;
  committedAt: string;
  author?: string;
  rationale: string;
  evidence?: string;
  evidenceUrl?: string;
}

/** Everything an export prints, resolved to display names by the caller. */
export interface ExportDoc {
  title: string;
  audience: PositioningAudience;
  status: PositioningStatus;
  templateName: string;
  /** The partner's name; absent for the company-wide positioning. */
  partnerName?: string;
  iteration?: ExportIteration;
  fields: readonly DraftField[];
  /** The assembled positioning statement, for the positioning-statement template. */
  statement?: string;
}

const EMPTY = '(empty)';

// The calendar day of an ISO timestamp; stored timestamps are UTC, and so is the day shown.
const dayOf = (timestamp: string): string => /^\d{4}-\d{2}-\d{2}/.exec(timestamp)?.[0] ?? timestamp;

function iterationLine(iteration: ExportIteration | undefined): string {
  if (iteration === undefined) return 'Working copy';
  const by = iteration.author === undefined ? '' : ` by ${iteration.author}`;
  return `Iteration ${iteration.number}, ${dayOf(iteration.committedAt)}${by}`;
}

// A blank partner name is treated as none, so an export never shows an empty "Partner:".
const partnerOf = (doc: ExportDoc): string | undefined =>
  doc.partnerName?.trim() === '' ? undefined : doc.partnerName?.trim();

/** The draft as plain text: title, a meta line, then each field's label and value. */
export function toPlainText(doc: ExportDoc): string {
  const meta = [
    partnerOf(doc) ?? 'Company positioning',
    AUDIENCE_LABELS[doc.audience],
    STATUS_LABELS[doc.status],
    iterationLine(doc.iteration),
  ].join(' · ');
  const head = [doc.title, meta, `Template: ${doc.templateName}`];
  const { iteration } = doc;
  if (iteration !== undefined) {
    head.push(`Why: ${iteration.rationale}`);
    if (iteration.evidence !== undefined) head.push(`Evidence: ${iteration.evidence}`);
    if (iteration.evidenceUrl !== undefined) head.push(`Evidence link: ${iteration.evidenceUrl}`);
  }
  const blocks = [head.join('\n')];
  if (doc.statement !== undefined) blocks.push(doc.statement);
  for (const field of doc.fields) {
    blocks.push(`${field.label}\n${isFieldEmpty(field) ? EMPTY : fieldToText(field).trim()}`);
  }
  return `${blocks.join('\n\n')}\n`;
}

function markdownValue(field: DraftField): string {
  if (isFieldEmpty(field)) return `_${EMPTY}_`;
  switch (field.kind) {
    case 'text':
      return escapeMarkdownBlock(field.value);
    case 'list':
      return field.value
        .filter((item) => item.trim() !== '')
        .map((item) => `- ${escapeMarkdownLine(item)}`)
        .join('\n');
    case 'claims':
      return field.value
        .filter((claim) => !isClaimEmpty(claim))
        .map((claim) => {
          const text = escapeMarkdownLine(claim.text);
          const proofs = proofLines(claim.proof).map((line) => `  - ${escapeMarkdownLine(line)}`);
          return [text === '' ? '- _(no claim text)_' : `- **${text}**`, ...proofs].join('\n');
        })
        .join('\n');
  }
}

/** Options of {@link toMarkdown}. */
export interface MarkdownOptions {
  /** The level of the title's heading (1 to 5, default 1); fields are one level below. */
  headingLevel?: number;
}

/**
 * The draft as Markdown: a heading, the meta as a short list, a section per field. A document
 * that holds several drafts sets `headingLevel` to nest them under its own headings.
 */
export function toMarkdown(doc: ExportDoc, options: MarkdownOptions = {}): string {
  const line = escapeMarkdownLine;
  const level = Math.min(5, Math.max(1, Math.trunc(options.headingLevel ?? 1)));
  const title = '#'.repeat(level);
  const section = '#'.repeat(level + 1);
  const partner = partnerOf(doc);
  const meta = [
    partner === undefined ? '- Company positioning' : `- **Partner:** ${line(partner)}`,
    `- **Audience:** ${AUDIENCE_LABELS[doc.audience]}`,
    `- **Status:** ${STATUS_LABELS[doc.status]}`,
    `- **Template:** ${line(doc.templateName)}`,
    `- **Version:** ${line(iterationLine(doc.iteration))}`,
  ];
  const { iteration } = doc;
  if (iteration !== undefined) {
    meta.push(`- **Why:** ${line(iteration.rationale)}`);
    if (iteration.evidence !== undefined) meta.push(`- **Evidence:** ${line(iteration.evidence)}`);
    if (iteration.evidenceUrl !== undefined) {
      meta.push(`- **Evidence link:** ${markdownUrl(iteration.evidenceUrl)}`);
    }
  }
  const blocks = [`${title} ${line(doc.title)}`, meta.join('\n')];
  if (doc.statement !== undefined) blocks.push(`> ${line(doc.statement)}`);
  for (const field of doc.fields) {
    blocks.push(`${section} ${line(field.label)}`, markdownValue(field));
  }
  return `${blocks.join('\n\n')}\n`;
}
