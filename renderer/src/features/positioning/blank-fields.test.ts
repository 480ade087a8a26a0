import { describe, expect, it } from 'vitest';
import { newNamedField } from './blank-fields';

describe('newNamedField', () => {
  it('derives a key from the name and trims the label', () => {
    expect(newNamedField('  Why now? ', [])).toEqual({
      key: 'why-now',
      label: 'Why now?',
      kind: 'text',
      value: '',
    });
  });

  it('numbers a key that is taken, and falls back for names without letters', () => {
    const taken = [newNamedField('Proof', []), { ...newNamedField('Proof', []), key: 'proof-2' }];
    expect(newNamedField('proof', taken).key).toBe('proof-3');
    expect(newNamedField('¿¡!', []).key).toBe('field');
  });
});
