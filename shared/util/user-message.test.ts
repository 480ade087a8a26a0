import { describe, expect, it } from 'vitest';
import { userMessage } from './user-message';

class HostError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'HostError';
  }
}

describe('userMessage', () => {
  it('passes on the sentences the app writes for people', () => {
    expect(userMessage(new Error('This workbook no longer exists.'), 'Failed.')).toBe(
      'This workbook no longer exists.',
    );
    expect(userMessage(new HostError('The file is too large.'), 'Failed.')).toBe(
      'The file is too large.',
    );
  });

  it('hides what a bug says, and anything that is not an error', () => {
    const bug = new TypeError("Cannot read properties of undefined (reading 'length')");
    expect(userMessage(bug, 'Failed.')).toBe('Failed.');
    expect(userMessage(new RangeError('Invalid array length'), 'Failed.')).toBe('Failed.');
    expect(userMessage('boom', 'Failed.')).toBe('Failed.');
    expect(userMessage(new Error('  '), 'Failed.')).toBe('Failed.');
  });
});
