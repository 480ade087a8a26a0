/**
 * Types TYPED_SEARCH into the app's search box one key at a time, then clears it with one
 * Backspace, timing each keystroke from keydown to the row count showing its new text.
 *
 * A first pass without expected texts calibrates: it waits for the page to go idle after each
 * key and reads what the count says. Later passes time only the keystrokes that change the
 * count (a keystroke that leaves it alone has nothing to wait for), and let the page go idle
 * between keys, as a person typing would.
 */
import type { PartnersPage } from '../e2e/pages/partners-page';
import { armProbe, readProbe, settle } from './app-probes';
import { TYPED_SEARCH } from './typed-search';

/** One pass of typing. */
export interface TypingPass {
  /** The count's text after each keystroke, the clearing Backspace last. */
  texts: string[];
  /** The search text after each timed keystroke (the clearing one leaves ""). */
  measuredPrefixes: string[];
  /** Milliseconds per timed keystroke. */
  latencies: number[];
}

async function countText(partners: PartnersPage): Promise<string> {
  return (await partners.count.textContent()) ?? '';
}

/** Types and clears the search once; with `expected` (a calibration's texts), times keystrokes. */
export async function typeSearch(
  partners: PartnersPage,
  expected: readonly string[] | undefined,
): Promise<TypingPass> {
  const { page, search, count } = partners;
  await search.fill('');
  await settle(page);
  const visibility = await page.evaluate(() => document.visibilityState);
  if (visibility !== 'visible') throw new Error(`The app page is ${visibility}: frames stall.`);
  const initial = await countText(partners);
  await search.click();
  const pass: TypingPass = { texts: [], measuredPrefixes: [], latencies: [] };
  const keys = [...Array.from(TYPED_SEARCH), 'Backspace'];
  for (const [index, key] of keys.entries()) {
    const clearing = key === 'Backspace';
    if (clearing) await page.keyboard.press('ControlOrMeta+A');
    const before = index === 0 ? initial : (expected?.[index - 1] ?? '');
    const after = clearing ? initial : expected?.[index];
    const timed = after !== undefined && after !== before;
    if (timed) await armProbe(count, search, 'keydown', after);
    if (clearing) await page.keyboard.press('Backspace');
    else await page.keyboard.type(key);
    if (timed) {
      pass.latencies.push(await readProbe(page));
      pass.measuredPrefixes.push(clearing ? '' : TYPED_SEARCH.slice(0, index + 1));
    }
    await settle(page);
    pass.texts.push(await countText(partners));
  }
  return pass;
}
