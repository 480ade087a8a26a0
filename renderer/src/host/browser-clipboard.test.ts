// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBrowserHost } from './browser-host';
import { HostError } from './host';

const draft = '# Positioning, iteration 2\n\nFor **founders** who…\n';

// jsdom has neither the Clipboard API nor execCommand, which is the missing-API case; each test
// adds the ones it needs.
function giveClipboardApi(writeText: (text: string) => Promise<void>): void {
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
}

/** An execCommand that records the text selected when 'copy' ran, and answers `answer`. */
function giveExecCommand(answer: boolean | 'throws') {
  const copied: string[] = [];
  const execCommand = vi.fn((command: string) => {
    const area = document.querySelector('textarea');
    if (command === 'copy' && area) {
      copied.push(area.value.slice(area.selectionStart, area.selectionEnd));
    }
    if (answer === 'throws') throw new DOMException('Not allowed', 'SecurityError');
    return answer;
  });
  Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true });
  return { execCommand, copied };
}

let button: HTMLButtonElement;

beforeEach(() => {
  button = document.createElement('button');
  button.textContent = 'Copy as Markdown';
  document.body.append(button);
  button.focus();
});

afterEach(() => {
  Reflect.deleteProperty(navigator, 'clipboard');
  Reflect.deleteProperty(document, 'execCommand');
  document.body.replaceChildren();
});

async function rejectionOf(promise: Promise<void>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected copyText to reject');
    },
    (error: unknown) => error,
  );
}

describe('the browser host copyText', () => {
  it('copies with the Clipboard API when the browser has it', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    giveClipboardApi(writeText);
    const { execCommand } = giveExecCommand(true);
    await createBrowserHost().copyText(draft);
    expect(writeText).toHaveBeenCalledExactlyOnceWith(draft);
    expect(execCommand).not.toHaveBeenCalled();
  });

  it('falls back to selecting the text in a hidden field when the API refuses', async () => {
    giveClipboardApi(() => Promise.reject(new DOMException('Document is not focused')));
    const { copied } = giveExecCommand(true);
    await createBrowserHost().copyText(draft);
    expect(copied).toEqual([draft]);
    expect(document.querySelector('textarea')).toBeNull();
    expect(document.activeElement).toBe(button);
  });

  it('falls back when the API is missing, as outside a secure context', async () => {
    const { copied } = giveExecCommand(true);
    await createBrowserHost().copyText(draft);
    expect(copied).toEqual([draft]);
  });

  it('rejects with a HostError telling the person to copy by hand when both ways fail', async () => {
    for (const answer of [false, 'throws'] as const) {
      giveClipboardApi(() => Promise.reject(new DOMException('Write permission denied')));
      giveExecCommand(answer);
      const error = await rejectionOf(createBrowserHost().copyText(draft));
      expect(error).toBeInstanceOf(HostError);
      expect(error).toMatchObject({
        code: 'io-error',
        message: 'Your browser did not allow copying; select the text and copy it yourself.',
      });
      expect(document.querySelector('textarea')).toBeNull();
      expect(document.activeElement).toBe(button);
    }
  });

  it('rejects the same way when there is no way to copy at all', async () => {
    const error = await rejectionOf(createBrowserHost().copyText(draft));
    expect(error).toMatchObject({ code: 'io-error' });
  });
});
