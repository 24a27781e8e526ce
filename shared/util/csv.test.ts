import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvField, csvText, encodeCsv } from './csv';

const parse = (text: string) =>
  Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { delimiter: ',', newline: '\r\n', skipEmptyLines: true })
    .data;

describe('csvField', () => {
  it('defuses every text that starts like a formula', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(csvField(`${start}1`)).toMatch(/^"?'/);
    expect(csvField("-2+3+cmd|' /C calc'!A0")).toBe("'-2+3+cmd|' /C calc'!A0");
    expect(csvField('-5')).toBe("'-5");
  });

  it('writes numbers as numbers, negative ones too, and leaves ordinary text alone', () => {
    expect(csvField(-5)).toBe('-5');
    expect(csvField(12.5)).toBe('12.5');
    expect(csvField(Number.NaN)).toBe('');
    expect(csvField(undefined)).toBe('');
    expect(csvField('手机壳 -5%')).toBe('手机壳 -5%');
    expect(csvField('12.50')).toBe('12.50');
  });

  it('round-trips any text through a CSV reader, with a formula start shown as text', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string(), { minLength: 1, maxLength: 4 }), { minLength: 1 }),
        (rows) => {
          const padded = rows.map((row) => row.map((cell) => `x${cell}`));
          expect(parse(csvText(padded))).toEqual(padded);
          const risky = rows.map((row) => row.map((cell) => `=${cell}`));
          for (const row of parse(csvText(risky)))
            for (const cell of row) expect(cell.startsWith("'=")).toBe(true);
        },
      ),
    );
  });

  it('encodes UTF-8 with a byte-order mark and CRLF', () => {
    const bytes = encodeCsv([['a', 1]]);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toBe('a,1\r\n');
  });
});
