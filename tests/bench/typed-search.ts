/**
 * What the typing benchmarks type: a partner name whose prefixes narrow the seeded portfolio at
 * most keystrokes (8 of 12 at both 2,000 and 100,000 partners), so that most keystrokes change the
 * rows and can be timed to the updated count.
 */
export const TYPED_SEARCH = 'falcon prism';

/** "f", "fa", …, the whole text: what the search box holds after each keystroke. */
export function typedPrefixes(text: string): string[] {
  return Array.from(text, (_, index) => text.slice(0, index + 1));
}
