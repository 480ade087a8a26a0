import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findJsonSyntaxError, positionAt } from './json-syntax';

const parses = (text: string): boolean => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

describe('findJsonSyntaxError', () => {
  it('finds nothing wrong with JSON', () => {
    for (const text of [
      '{}',
      '[]',
      ' 1 ',
      '"a\\u00e9\\n"',
      '{"a":[1,-2.5e3,true,false,null,{}]}',
    ]) {
      expect(findJsonSyntaxError(text), text).toBeUndefined();
    }
  });

  it('gives the offset and reason of the first error, and whether the text was cut off', () => {
    expect(findJsonSyntaxError('{"a":1 "b":2}')).toEqual({
      offset: 7,
      reason: 'expected “,” or “}”, found “"”',
      atEnd: false,
    });
    expect(findJsonSyntaxError('{"a" 1}')).toMatchObject({ offset: 5, atEnd: false });
    expect(findJsonSyntaxError('{a:1}')).toMatchObject({
      offset: 1,
      reason: 'expected a quoted field name, found “a”',
    });
    expect(findJsonSyntaxError('["\\x"]')).toMatchObject({
      offset: 3,
      reason: '“x” cannot follow a backslash',
    });
    expect(findJsonSyntaxError('["a\nb"]')).toMatchObject({
      atEnd: false,
      reason: 'a control character must be escaped inside a string',
    });
    expect(findJsonSyntaxError('{} {}')).toMatchObject({
      offset: 3,
      reason: '“{” follows the end of the JSON',
    });
    expect(findJsonSyntaxError('[tru')).toMatchObject({
      atEnd: true,
      reason: 'the text ends inside “true”',
    });
    expect(findJsonSyntaxError('["abc')).toMatchObject({ atEnd: true, offset: 5 });
    expect(findJsonSyntaxError('[1,')).toMatchObject({
      atEnd: true,
      reason: 'the text ends inside an array',
    });
    expect(findJsonSyntaxError('["\\u12')).toMatchObject({ atEnd: true });
  });

  it('survives nesting far deeper than the call stack', () => {
    const deep = '['.repeat(200_000);
    expect(findJsonSyntaxError(deep)).toMatchObject({ atEnd: true, offset: 200_000 });
    expect(findJsonSyntaxError(`${deep}${']'.repeat(200_000)}`)).toBeUndefined();
  });

  it('agrees with JSON.parse on what is JSON, for JSON and for JSON with a character changed', () => {
    const mutated = fc
      .tuple(
        fc.json(),
        fc.nat(),
        fc.constantFrom('', ',', '}', ']', '"', ':', '\\', 'x', ' ', '\n', '-'),
      )
      .map(([text, at, char]) => {
        const index = at % (text.length + 1);
        return text.slice(0, index) + char + text.slice(index + 1);
      });
    fc.assert(
      fc.property(fc.oneof(fc.json(), mutated), (text) => {
        expect(findJsonSyntaxError(text) === undefined).toBe(parses(text));
      }),
      { numRuns: 500 },
    );
  });
});

describe('positionAt', () => {
  it('counts lines and columns from 1', () => {
    expect(positionAt('ab\ncd\nef', 0)).toEqual({ line: 1, column: 1 });
    expect(positionAt('ab\ncd\nef', 4)).toEqual({ line: 2, column: 2 });
    expect(positionAt('ab\ncd\nef', 6)).toEqual({ line: 3, column: 1 });
  });
});
