/**
 * Escaping user text for Markdown exports, so that whatever a user types reads back as the same
 * text and can never turn into a heading, list, link, image, table, code or raw HTML.
 */

// Every character that can start inline markup: emphasis, code, links and images, autolinks and
// HTML, headings, tables, strikethrough, entities.
const INLINE_SPECIAL = /[\\`*_[\]<>#|~&]/g;

function escapeLineText(line: string): string {
  return (
    line
      // Leading whitespace can make an indented code block or nest a list.
      .trimStart()
      .replace(INLINE_SPECIAL, (char) => `\\${char}`)
      // Bullets, and setext heading underlines ("---", "===").
      .replace(/^([-+=])/, '\\$1')
      // Ordered list markers: "1." or "1)".
      .replace(/^(\d+)([.)])/, '$1\\$2')
  );
}

/** One line of user text, safe in a heading, list item or emphasis: line breaks become spaces. */
export function escapeMarkdownLine(text: string): string {
  return escapeLineText(text.replace(/\s+/g, ' ').trim());
}

/** A block of user text, safe as Markdown paragraphs: lines kept, blank-line runs collapsed. */
export function escapeMarkdownBlock(text: string): string {
  return text
    .trim()
    .split(/\r?\n/)
    .map((line) => escapeLineText(line).trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n');
}

/** A web address as a Markdown autolink when it is a plain http(s) URL, else as escaped text. */
export function markdownUrl(url: string): string {
  const trimmed = url.trim();
  return /^https?:\/\/[^\s<>]+$/i.test(trimmed) ? `<${trimmed}>` : escapeMarkdownLine(trimmed);
}
