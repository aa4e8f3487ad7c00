import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectDelimiter, looksLikeRows, parseClipboardRows, parseCsv, parseDelimited, rowsToRecords } from '../../renderer/tables/delimited.ts';

describe('parseDelimited / parseCsv', () => {
  it('reads quoted fields with commas, escaped quotes and line breaks', () => {
    const csv = 'name,activity\r\n"Acme, Inc.","Says ""hi""\nand more"\r\nBeta,Hosting\r\n';
    expect(parseCsv(csv)).toEqual([
      ['name', 'activity'],
      ['Acme, Inc.', 'Says "hi"\nand more'],
      ['Beta', 'Hosting'],
    ]);
  });

  it('keeps empty cells and drops blank lines and a byte-order mark', () => {
    expect(parseCsv('\uFEFFa,,c\n\n1,2,\n')).toEqual([
      ['a', '', 'c'],
      ['1', '2', ''],
    ]);
  });

  it('detects semicolon and tab delimiters', () => {
    expect(detectDelimiter('a;b;c\n1;2;3')).toBe(';');
    expect(detectDelimiter('"x,y";b\n')).toBe(';');
    expect(detectDelimiter('a\tb\n')).toBe('\t');
    expect(detectDelimiter('a,b')).toBe(',');
  });

  it('round-trips any table written with RFC 4180 quoting', () => {
    const cell = fc.string({ maxLength: 12 });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 }), (rows) => {
        const text = rows.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(',')).join('\r\n');
        expect(parseDelimited(text, ',')).toEqual(rows);
      }),
    );
  });
});

describe('clipboard rows', () => {
  it('splits spreadsheet clipboard text into rows and cells', () => {
    expect(parseClipboardRows('Stripe\tPayments\tUS\r\nMailgun\t"Email\tdelivery"\tUS\r\n')).toEqual([
      ['Stripe', 'Payments', 'US'],
      ['Mailgun', 'Email\tdelivery', 'US'],
    ]);
  });

  it('tells a single cell from rows', () => {
    expect(looksLikeRows('just text')).toBe(false);
    expect(looksLikeRows('just text\n')).toBe(false);
    expect(looksLikeRows('a\tb')).toBe(true);
    expect(looksLikeRows('a\nb')).toBe(true);
  });
});

describe('rowsToRecords', () => {
  const columns = [
    { key: 'name', names: ['Name', 'vendor'] },
    { key: 'activity', names: ['What they do'] },
    { key: 'country', names: ['Country'] },
  ];

  it('maps by header when the first row names columns, in any order and case', () => {
    expect(rowsToRecords([['Country', 'VENDOR', 'ignored'], ['US', 'Stripe', 'x']], columns)).toEqual([{ country: 'US', name: 'Stripe' }]);
  });

  it('maps by position from the pasted column when there is no header', () => {
    expect(rowsToRecords([['Payments', 'US']], columns, 1)).toEqual([{ activity: 'Payments', country: 'US' }]);
    expect(rowsToRecords([[' Stripe ', 'Payments', 'US', 'extra']], columns)).toEqual([{ name: 'Stripe', activity: 'Payments', country: 'US' }]);
  });
});
