import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyRecord, ownValue, recordOf } from './ownRecord';

const METHOD_NAMES = ['constructor', 'toString', 'hasOwnProperty', '__proto__', 'valueOf', 'isPrototypeOf'];

describe('ownRecord', () => {
  it('answers nothing for names of Object.prototype members', () => {
    const record = emptyRecord<string>();
    for (const name of METHOD_NAMES) expect(record[name]).toBeUndefined();
    for (const name of METHOD_NAMES) expect(ownValue({}, name)).toBeUndefined();
  });

  it('keeps every key it is given, including __proto__', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.oneof(fc.constantFrom(...METHOD_NAMES), fc.string()), fc.string())),
        (entries) => {
          const record = recordOf(entries);
          const expected = new Map(entries);
          for (const [key, value] of expected) expect(ownValue(record, key)).toBe(value);
          expect(Object.keys(record).sort()).toEqual([...expected.keys()].sort());
        },
      ),
    );
  });
});
