import type { Feedback } from '../../../../shared/domain/people/voice';

const QUOTE_CHARS = 140;

/** Who said it: "Ana Tamm, Nordic Retail" or just the name. */
export function speakerText(entry: Pick<Feedback, 'speakerName' | 'speakerOrganisation'>): string {
  return entry.speakerOrganisation
    ? `${entry.speakerName}, ${entry.speakerOrganisation}`
    : entry.speakerName;
}

/** The words in quotes, cut at a word boundary with an ellipsis when long. */
export function quoteText(words: string, max = QUOTE_CHARS): string {
  const flat = words.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return `“${flat}”`;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `“${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…”`;
}
