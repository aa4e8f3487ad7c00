import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsvRecords, readCsv, writeCsv } from '../../../shared/translations/csv.ts';
import { readTranslationFile, TranslationFileError, writeTranslationFile } from '../../../shared/translations/file-format.ts';
import type { TranslationBatch } from '../../../shared/translations/units.ts';
import { readXliff, writeXliff } from '../../../shared/translations/xliff.ts';

/** Everything that breaks naive XML or CSV writers, in one text. */
const HOSTILE = 'Tom & Jerry <b>"bold"</b> ]]> it\'s, a; list\nsecond line\r\nthird\ttab — åäö ß 日本語 😀 \u0007bell &amp; &#x41;';

function batch(texts: string[]): TranslationBatch {
  return {
    srcLang: 'en',
    trgLang: 'sv',
    units: texts.map((t, i) => ({ path: `dataCategories[${i}].name`, source: t, sourceHash: '0123456789abcdef', target: `${t} (sv)` })),
  };
}

const bytes = (text: string) => new TextEncoder().encode(text);

describe('XLIFF 2.0', () => {
  it('writes the format translation tools expect', () => {
    const xliff = writeXliff({ srcLang: 'en', trgLang: 'sv', units: [{ path: 'activities[1].purpose', source: 'A & B', sourceHash: 'fedcba9876543210', previous: 'Old' }] }, 'acme');
    expect(xliff).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2\.0" xmlns:mda="urn:oasis:names:tc:xliff:metadata:2\.0" version="2\.0" srcLang="en" trgLang="sv">/);
    expect(xliff).toContain('<unit id="activities.1.purpose" name="activities[1].purpose">');
    expect(xliff).toContain('<mda:meta type="sourceHash">fedcba9876543210</mda:meta>');
    expect(xliff).toContain('<segment state="initial">');
    expect(xliff).toContain('<source>A &amp; B</source>');
    expect(xliff).not.toContain('<target>');
    expect(xliff).toContain('<note category="previous-translation">');
  });

  it('keeps hostile text exactly, in source and target', () => {
    const written = writeXliff(batch([HOSTILE, '  leading and trailing spaces  ']));
    expect(written).not.toContain(']]>');
    expect(written).toContain('<cp hex="0007"/>');
    const read = readXliff(written);
    expect(read.units.map((u) => u.target)).toEqual([`${HOSTILE} (sv)`, '  leading and trailing spaces   (sv)']);
    expect(read).toMatchObject({ srcLang: 'en', trgLang: 'sv' });
  });

  it('round-trips any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', minLength: 1 }), (text) => {
        expect(readXliff(writeXliff(batch([text]))).units[0]!.target).toBe(`${text} (sv)`);
      }),
    );
  });

  it('reads what tools return: other prefixes, CDATA, comments, several segments, region tags', () => {
    const xliff = `\uFEFF<?xml version="1.0"?>
<!-- from a CAT tool -->
<x:xliff xmlns:x="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en-GB" trgLang="sv-SE">
 <x:file id="f"><x:group id="g">
  <x:unit id="scope.services.0">
   <m:metadata xmlns:m="urn:oasis:names:tc:xliff:metadata:2.0"><m:metaGroup><m:meta type="sourceHash">0123456789abcdef</m:meta></m:metaGroup></m:metadata>
   <x:segment state="final"><x:source>One.</x:source><x:target><![CDATA[Ett <&> ]]></x:target></x:segment>
   <x:ignorable><x:source> </x:source></x:ignorable>
   <x:segment><x:source>Two.</x:source><x:target>Två&#46;</x:target></x:segment>
  </x:unit>
  <x:unit id="scope.services.1">
   <m:metadata xmlns:m="urn:oasis:names:tc:xliff:metadata:2.0"><m:metaGroup><m:meta type="sourceHash">0123456789abcdef</m:meta></m:metaGroup></m:metadata>
   <x:segment><x:source>Untranslated</x:source></x:segment>
  </x:unit>
 </x:group></x:file>
</x:xliff>`;
    expect(readXliff(xliff)).toEqual({
      srcLang: 'en',
      trgLang: 'sv',
      units: [
        { path: 'scope.services.0', sourceHash: '0123456789abcdef', target: 'Ett <&>  Två.' },
        { path: 'scope.services.1', sourceHash: '0123456789abcdef', target: undefined },
      ],
    });
  });

  it('refuses malformed or foreign files with one line saying what is wrong', () => {
    const good = writeXliff(batch(['x']));
    const cases: [string, RegExp][] = [
      ['', /the file is empty/],
      ['<xliff', /expected|not closed/],
      [good.replace('</xliff>', ''), /<xliff> is not closed/],
      [good.replace('</segment>', '</segmnt>'), /expected <\/segment>, found <\/segmnt>/],
      [good.replace('<source>x</source>', '<source>a & b</source>'), /"&" must be written as "&amp;"/],
      [good.replace('<source>x</source>', '<source>&nbsp;</source>'), /unknown entity "&nbsp;"/],
      [good.replace('<source>x</source>', '<source>a ]]> b</source>'), /"\]\]>" must be written/],
      [good.replace('<?xml version="1.0" encoding="UTF-8"?>', '<!DOCTYPE x [<!ENTITY a "b">]>'), /DOCTYPE is not allowed/],
      [good.replace('version="2.0"', 'version="1.2"'), /version 2\.0/],
      [good.replace('urn:oasis:names:tc:xliff:document:2.0', 'urn:oasis:names:tc:xliff:document:1.2'), /XLIFF 1\.2 is not supported/],
      [good.replace('trgLang="sv"', 'trgLang="tlh"'), /trgLang="tlh" is not a document language/],
      [good.replace(/<mda:metadata>.*<\/mda:metadata>/, ''), /has no source hash/],
      [good.replace('(sv)</target>', '<pc id="1">(sv)</pc></target>'), /<pc> markup inside <target> is not supported/],
      [good.replace('<target>', '<target a="1" a="2">'), /a given twice/],
      [`${good}<extra/>`, /content after the root element/],
      [good.replace('<source>x</source>', '<source>&#0;</source>'), /not a character XML allows/],
    ];
    for (const [text, message] of cases) {
      let error: unknown;
      try {
        readTranslationFile(bytes(text));
      } catch (e) {
        error = e;
      }
      expect(error, text).toBeInstanceOf(TranslationFileError);
      expect((error as Error).message, text).toMatch(message);
      expect((error as Error).message).not.toContain('\n');
    }
  });
});

describe('CSV', () => {
  it('writes RFC 4180 with a byte-order mark and CRLF, quoting only where needed', () => {
    const csv = writeCsv(batch(['plain', 'a, "b"\nc']));
    expect(csv.startsWith('\uFEFFpath,source language,source text,source hash,target language,target text,previous translation\r\n')).toBe(true);
    expect(csv).toContain('\r\ndataCategories[0].name,en,plain,0123456789abcdef,sv,plain (sv),\r\n');
    expect(csv).toContain('"a, ""b""\nc"');
  });

  it('keeps hostile text exactly', () => {
    const read = readCsv(writeCsv(batch([HOSTILE, '=SUM(A1)', ' spaced '])));
    expect(read.units.map((u) => u.target)).toEqual([`${HOSTILE} (sv)`, '=SUM(A1) (sv)', ' spaced  (sv)']);
    expect(readTranslationFile(writeTranslationFile(batch([HOSTILE]), 'csv')).units[0]!.target).toBe(`${HOSTILE} (sv)`);
  });

  it('writes a formula-like text inert for spreadsheets (a leading apostrophe), and reads it back as typed', () => {
    const csv = writeCsv({ srcLang: 'en', trgLang: 'sv', units: [{ path: 'a', source: '=HYPERLINK("x")', sourceHash: '0123456789abcdef', target: "'=1+1" }] });
    expect(csv).toContain(`,"'=HYPERLINK(""x"")",`);
    expect(csv).toContain(",''=1+1,");
    expect(readCsv(csv).units[0]!.target).toBe("'=1+1");
  });

  it('round-trips any text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', minLength: 1 }), fc.stringMatching(/^'*[=+\-@][a-z]*$/)), (text) => {
        expect(readCsv(writeCsv({ srcLang: 'en', trgLang: 'sv', units: [{ path: 'a', source: text, sourceHash: '0123456789abcdef', target: text }] })).units[0]!.target).toBe(text);
        expect(readCsv(writeCsv(batch([text]))).units[0]!.target).toBe(`${text} (sv)`);
      }),
    );
  });

  it('reads what spreadsheets save: semicolons, LF line ends, reordered and extra columns, UTF-16', () => {
    const csv = 'target text;path;notes;source hash;source language;target language\n"Konto; uppgifter";dataCategories[0].name;x;0123456789abcdef;en;sv\n;dataCategories[1].name;;0123456789abcdef;en;sv\n';
    const expected = {
      srcLang: 'en',
      trgLang: 'sv',
      units: [
        { path: 'dataCategories[0].name', sourceHash: '0123456789abcdef', target: 'Konto; uppgifter' },
        { path: 'dataCategories[1].name', sourceHash: '0123456789abcdef', target: undefined },
      ],
    };
    expect(readCsv(csv)).toEqual(expected);
    const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Uint16Array.from(csv, (c) => c.charCodeAt(0)).buffer)]);
    expect(readTranslationFile(utf16)).toEqual(expected);
  });

  it('splits records as RFC 4180 says', () => {
    expect(parseCsvRecords('a,"b\r\nc",\r\n"",d', ',')).toEqual([['a', 'b\r\nc', ''], ['', 'd']]);
  });

  it('refuses broken files with one line', () => {
    const good = writeCsv(batch(['x']));
    const cases: [Uint8Array, RegExp][] = [
      [bytes('a,b\n1,2\n'), /first row must name the columns/],
      [bytes(good.replace('path,', 'where,')), /no "path" column/],
      [bytes(`${good}"never closed,en\r\n`), /never closed/],
      [bytes(`${good}dataCategories[1].name,en,a "quoted" b,0123456789abcdef,sv,t,\r\n`), /quote inside an unquoted field/],
      [bytes(good.replace(',sv,', ',tlh,')), /row 2: the target language "tlh" is not one of/],
      [bytes(`${good}dataCategories[1].name,en,y,0123456789abcdef,en,t,\r\n`), /row 3: every row must translate/],
      [new Uint8Array([0x70, 0x61, 0x74, 0x68, 0xe5, 0x2c]), /not UTF-8 text; .*CSV UTF-8/],
      [bytes(CSV_HEADER_ONLY), /no rows/],
    ];
    for (const [input, message] of cases) {
      let error: unknown;
      try {
        readTranslationFile(input);
      } catch (e) {
        error = e;
      }
      expect(error, new TextDecoder().decode(input)).toBeInstanceOf(TranslationFileError);
      expect((error as Error).message).toMatch(message);
      expect((error as Error).message).not.toContain('\n');
    }
  });
});

const CSV_HEADER_ONLY = 'path,source language,source text,source hash,target language,target text\r\n';
