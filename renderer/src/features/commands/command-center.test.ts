import { describe, expect, it } from 'vitest';
import { afterClosing } from './CommandCenter';

describe('afterClosing', () => {
  it('hides the dialog that closed', () => {
    expect(afterClosing('help', 'help')).toBeNull();
    expect(afterClosing('palette', 'palette')).toBeNull();
  });

  it('keeps the other dialog, opened between the Escape and its close event', () => {
    expect(afterClosing('palette', 'help')).toBe('palette');
    expect(afterClosing('help', 'palette')).toBe('help');
    expect(afterClosing(null, 'help')).toBeNull();
  });
});
