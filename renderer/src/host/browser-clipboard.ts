/**
 * Copying text in a plain browser tab. The async Clipboard API is the way, but it is missing
 * outside secure contexts (a plain http:// address) and some browsers refuse it without focus or a
 * gesture; the old select-and-execCommand('copy') route still works in many of those cases.
 */
import { HostError } from './host';

async function copyWithClipboardApi(text: string): Promise<boolean> {
  try {
    // Where the API is missing, navigator.clipboard is undefined and this throws a TypeError,
    // which means the same to us as a refusal.
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

function copyWithSelection(text: string): boolean {
  const area = document.createElement('textarea');
  area.value = text;
  // Read-only keeps touch keyboards from opening; off-screen and transparent keeps it unseen.
  area.readOnly = true;
  area.tabIndex = -1;
  area.setAttribute('aria-hidden', 'true');
  area.style.position = 'fixed';
  area.style.top = '0';
  area.style.left = '-9999px';
  area.style.opacity = '0';
  const focused = document.activeElement;
  document.body.append(area);
  try {
    area.select();
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- the only copy that works where the Clipboard API does not
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
    if (focused instanceof HTMLElement) focused.focus({ preventScroll: true });
  }
}

/** Puts the text on the clipboard, or rejects with a HostError saying how to copy it by hand. */
export async function copyTextInBrowser(text: string): Promise<void> {
  if (await copyWithClipboardApi(text)) return;
  if (copyWithSelection(text)) return;
  throw new HostError(
    'io-error',
    'Your browser did not allow copying; select the text and copy it yourself.',
  );
}
