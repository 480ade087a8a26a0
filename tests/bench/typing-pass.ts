/**
 * Types TYPED_SEARCH into the app's search box one key at a time, then clears it with one
 * Backspace, timing each keystroke from keydown to the row count showing its new text.
 *
 * A first pass without expected texts calibrates: after each key it waits for the count to
 * finish updating (it is aria-busy while the search worker's answer is on its way: the page's
 * task queue can go idle before the worker answers) and for the page to go idle, and reads what
 * the count says. Later passes time only the keystrokes that change the count (a keystroke that
 * leaves it alone has nothing to wait for), each until the count shows its final text and is no
 * longer busy, and let the page go idle between keys, as a person typing would.
 */
import type { PartnersPage } from '../e2e/pages/partners-page';
import { armProbe, notBusy, readProbe, settle } from './app-probes';
import { TYPED_SEARCH } from './typed-search';

/** One pass of typing. */
export interface TypingPass {
  /** The count's text after each keystroke, the clearing Backspace last. */
  texts: string[];
  /**
   * The search text after each timed keystroke (the clearing one leaves ""); in the calibration,
   * after each keystroke that changed the count: those the later passes time.
   */
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
  await notBusy(count);
  await settle(page);
  const visibility = await page.evaluate(() => document.visibilityState);
  if (visibility !== 'visible') throw new Error(`The app page is ${visibility}: frames stall.`);
  const initial = await countText(partners);
  await search.click();
  const pass: TypingPass = { texts: [], measuredPrefixes: [], latencies: [] };
  const keys = [...Array.from(TYPED_SEARCH), 'Backspace'];
  // The count's text before each keystroke: as calibrated, or in the calibration as read.
  let before = initial;
  for (const [index, key] of keys.entries()) {
    const clearing = key === 'Backspace';
    const prefix = clearing ? '' : TYPED_SEARCH.slice(0, index + 1);
    if (clearing) await page.keyboard.press('ControlOrMeta+A');
    const after = clearing ? initial : expected?.[index];
    const timed = expected !== undefined && after !== undefined && after !== before;
    if (timed) await armProbe(count, search, 'keydown', after);
    if (clearing) await page.keyboard.press('Backspace');
    else await page.keyboard.type(key);
    if (timed) {
      pass.latencies.push(await readProbe(page));
      pass.measuredPrefixes.push(prefix);
    }
    await notBusy(count);
    await settle(page);
    const text = await countText(partners);
    pass.texts.push(text);
    // The calibration names the keystrokes later passes time: those that change the count.
    if (expected === undefined && text !== before) pass.measuredPrefixes.push(prefix);
    before = expected?.[index] ?? text;
  }
  return pass;
}
