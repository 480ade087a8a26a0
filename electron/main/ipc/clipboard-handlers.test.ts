import { describe, expect, it, vi } from 'vitest';
import { createClipboardHandlers } from './clipboard-handlers';

function setup() {
  const writeText = vi.fn<(text: string) => Promise<void>>(() => Promise.resolve());
  const handlers = createClipboardHandlers<{ id: number }>({ writeText });
  return { handlers, writeText };
}

describe('clipboard handlers', () => {
  it('writes the text to the clipboard as it is', async () => {
    const { handlers, writeText } = setup();
    const text = '# Positioning\n\n- For *founders* who…\r\n\tüñí 🎉';
    expect(await handlers['clipboard:write-text']({ text }, { id: 1 })).toEqual({
      ok: true,
      value: null,
    });
    expect(writeText).toHaveBeenCalledExactlyOnceWith(text);
  });

  it('reports a clipboard that refuses the text as io-error, without its details', async () => {
    const { handlers, writeText } = setup();
    writeText.mockRejectedValueOnce(new Error('X11: cannot own CLIPBOARD selection'));
    expect(await handlers['clipboard:write-text']({ text: 'a' }, { id: 1 })).toEqual({
      ok: false,
      error: { code: 'io-error', message: 'The text could not be copied to the clipboard.' },
    });
  });
});
