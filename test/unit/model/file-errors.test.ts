import { describe, expect, it } from 'vitest';
import { decodeProjectBytes, formatProjectError, parseProject, parseProjectFile, serializeProject } from '../../../shared/model/index.ts';
import { findJsonSyntaxError } from '../../../shared/model/json-syntax.ts';
import { baseProjectInput, buildProject } from '../../fixtures/project-builder.ts';

const errorsOf = (text: string) => {
  const r = parseProjectFile(text);
  if (r.ok) throw new Error('expected errors');
  return r.errors.map(formatProjectError);
};
const errorsOfProject = (raw: unknown) => {
  const r = parseProject(raw);
  if (r.ok) throw new Error('expected errors');
  return r.errors.map(formatProjectError);
};

describe('JSON syntax errors', () => {
  const valid = serializeProject(buildProject());
  const broken: [string, string][] = [
    ['cut off', valid.slice(0, 300)],
    ['empty', ''],
    ['bad escape', '{"schemaVersion": 2, "x": "a\\qb"}'],
    ['short unicode escape', '{"a": "\\u12"}'],
    ['unexpected word', '{"a": tru}'],
    ['trailing comma', '{"a": 1,\n}'],
    ['raw newline in a text', '{"a": "one\ntwo"}'],
    ['raw NUL in a text', '{"a": "one\u0000two"}'],
    ['garbage after', '{"a": 1} x'],
    ['leading zero', '{"a": 01}'],
  ];
  it.each(broken)('%s: one line with line and column, quoting nothing of the file', (_name, text) => {
    const [line, ...rest] = errorsOf(text);
    expect(rest).toEqual([]);
    expect(line).toMatch(/^\(file\): not valid JSON at line \d+, column \d+: expected /);
    // eslint-disable-next-line no-control-regex -- no control character may reach an error line
    expect(line).not.toMatch(/[\u0000-\u001F]/);
    expect(line).not.toContain('Unexpected');
  });

  it('points at the exact place', () => {
    expect(errorsOf('{\n  "a": 1,\n  "b" 2\n}')).toEqual(['(file): not valid JSON at line 3, column 7: expected ":" after the field name, found "2"']);
    expect(errorsOf('{"a": [1, 2')).toEqual(['(file): not valid JSON at line 1, column 12: expected "," or "]" after a list item, found the end of the file']);
  });

  it('agrees with JSON.parse on what is valid', () => {
    for (const text of ['{}', '[]', '"x"', '-0.5e+3', '{"a":[{"b":null}],"c":true}', valid]) expect(findJsonSyntaxError(text)).toBeNull();
  });

  it('scans a million brackets without overflowing the stack', () => {
    expect(findJsonSyntaxError('['.repeat(1_000_000))?.offset).toBe(1_000_000);
  });
});

describe('hostile but well-formed JSON', () => {
  it('refuses nesting 5,000 deep with a short path, never a RangeError', () => {
    const deep = `{"schemaVersion":${'['.repeat(5000)}${']'.repeat(5000)}}`;
    const [line, ...rest] = errorsOf(deep);
    expect(rest).toEqual([]);
    expect(line).toMatch(/^schemaVersion\[0\]\[0\].*…: expected at most 128 levels/);
    expect(line!.length).toBeLessThan(300);
  });

  it('refuses override content nested 5,000 deep, naming where', () => {
    const node = `${'{"type":"blockquote","content":['.repeat(5000)}{"type":"paragraph"}${']}'.repeat(5000)}`;
    const text = serializeProject(buildProject()).replace('"overrides": []', `"overrides": [{"sectionId":"title","language":"en","basedOnHash":"x","content":${node}}]`);
    const [line, ...rest] = errorsOf(text);
    expect(rest).toEqual([]);
    expect(line).toMatch(/^overrides\[0\]\.content\.content\[0\]\.content\[0\]\.content…: expected at most 128 levels/);
  });

  it('says a number is too large rather than "expected invalid type, got null"', () => {
    const text = serializeProject(buildProject()).replace('"noticeDays": 30', '"noticeDays": 1e309');
    expect(errorsOf(text)).toEqual(['changes.noticeDays: expected a number of at most 15 digits; this one is too large to store']);
  });
});

/** A project input to break on purpose, field by field. */
type Loose = Record<string, unknown>;
const obj = (v: unknown) => v as Loose;
const list = (v: unknown) => v as Loose[];

describe('messages say what to enter', () => {
  it('names a missing text or union instead of "expected invalid union, got nothing"', () => {
    const input = JSON.parse(JSON.stringify(baseProjectInput())) as Loose;
    delete obj(input.company).legalName;
    delete list(input.activities)[0]!.purpose;
    list(input.activities)[1]!.purpose = 5;
    input.role = 'boss';
    expect(errorsOfProject(input)).toEqual([
      'company.legalName: missing: enter a text',
      'role: expected one of "controller", "controller-and-processor", got "boss"',
      'activities[0].purpose: missing: enter a text, or a text per language like {"en": "..."}',
      'activities[1].purpose: expected a text, or a text per language like {"en": "..."}, got 5',
    ]);
  });

  it('never puts a newline, NUL or direction mark of the file into a message', () => {
    const input = JSON.parse(JSON.stringify(baseProjectInput())) as Loose;
    obj(input.company)['e\nmail\u0000'] = 'x';
    input.effectiveDate = 'line one\nline two\u202E\u0000';
    input.schemaVersion = 2;
    const lines = errorsOfProject(JSON.parse(JSON.stringify(input)));
    // eslint-disable-next-line no-control-regex -- no control character may reach an error line
    for (const line of lines) expect(line).not.toMatch(/[\u0000-\u001F\u202E]/);
    expect(lines.join(' ')).toContain('\\u202E');
  });

  it('describes a schemaVersion of the wrong kind without printing it', () => {
    expect(errorsOfProject({ schemaVersion: [[1, 2, 3]] })).toEqual(['schemaVersion: expected a whole number from 1 to 3, got a list']);
  });
});

describe('text encoding', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);
  it('accepts and strips a byte-order mark, in bytes and in text alike', () => {
    const text = serializeProject(buildProject());
    const fromBytes = decodeProjectBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes(text)]));
    expect(fromBytes).toEqual({ ok: true, text });
    expect(parseProjectFile(`\uFEFF${text}`).ok).toBe(true);
  });

  it('refuses invalid UTF-8, naming the byte offset and line', () => {
    const good = bytes('{\n  "a": "caf');
    const bad = new Uint8Array([...good, 0xe9, ...bytes('"\n}')]); // Latin-1 "é"
    expect(decodeProjectBytes(bad)).toEqual({ ok: false, error: { path: '(file)', message: expect.stringMatching(new RegExp(`^expected UTF-8 text, but byte ${good.length} \\(line 2\\) is 0xE9`)) } });
  });

  it('refuses overlong forms, surrogates and UTF-16', () => {
    expect(decodeProjectBytes(new Uint8Array([0x7b, 0xc0, 0xaf])).ok).toBe(false);
    expect(decodeProjectBytes(new Uint8Array([0xed, 0xa0, 0x80])).ok).toBe(false);
    expect(decodeProjectBytes(new Uint8Array([0xff, 0xfe, 0x7b, 0x00]))).toMatchObject({ ok: false, error: { message: expect.stringContaining('UTF-16') } });
    expect(decodeProjectBytes(bytes('{"a":"日本語 😀"}')).ok).toBe(true);
  });
});
