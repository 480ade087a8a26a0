/**
 * A draft field as one block of plain text: what the word diff compares and what plain-text
 * exports print. Blank list items, blank claims and blank proof lines are left out, so an empty
 * row the user has just added neither shows in an export nor counts as a change.
 */
import type { Claim, DraftField } from '../domain/positioning';

const isBlank = (text: string): boolean => text.trim() === '';

/** The non-blank lines of a claim's proof, trimmed: one proof point per line. */
export function proofLines(proof: string): string[] {
  return proof
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** Whether a claim has neither text nor any proof. */
export function isClaimEmpty(claim: Claim): boolean {
  return isBlank(claim.text) && isBlank(claim.proof);
}

// Continuation lines of a multi-line item are indented so they read as part of the item.
const indentContinuation = (text: string, indent: string): string =>
  text.replace(/\r?\n/g, `\n${indent}`);

function claimToText(claim: Claim): string {
  const proofs = proofLines(claim.proof).map((line) => `  - ${line}`);
  return [indentContinuation(claim.text.trim(), '  '), ...proofs].join('\n');
}

/** A field's value as text: text as is, a list as "- item" lines, claims with indented proof. */
export function fieldToText(field: DraftField): string {
  switch (field.kind) {
    case 'text':
      return field.value;
    case 'list':
      return field.value
        .filter((item) => !isBlank(item))
        .map((item) => `- ${indentContinuation(item, '  ')}`)
        .join('\n');
    case 'claims':
      return field.value
        .filter((claim) => !isClaimEmpty(claim))
        .map(claimToText)
        .join('\n');
  }
}

/** Whether a field holds nothing but whitespace. */
export function isFieldEmpty(field: DraftField): boolean {
  switch (field.kind) {
    case 'text':
      return isBlank(field.value);
    case 'list':
      return field.value.every(isBlank);
    case 'claims':
      return field.value.every(isClaimEmpty);
  }
}
