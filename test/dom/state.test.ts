import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatPath, projectSchema, translationState } from '../../shared/model/index.ts';
import { validateProject } from '../../renderer/state/validation.ts';
import { blockTexts, diffParagraphs } from '../../shared/document/paragraph-diff.ts';
import { isAllowedLink } from '../../renderer/editor/links.ts';
import { confirmTranslation, localizedForEdit, setLocalized, translationNote } from '../../renderer/state/localized.ts';
import { hashString } from '../../shared/document/hash.ts';
import { getIn, pathKey, setIn } from '../../renderer/state/paths.ts';
import { addRow, deleteRow, duplicateRow, moveRow } from '../../renderer/tables/rows.ts';
import { customizeSection, insertCustomSection, keepCustomized, revertSection, writeBackSections } from '../../renderer/state/document-edits.ts';
import { buildProject } from '../fixtures/project-builder.ts';

const STARTERS = join(import.meta.dirname, '../../templates/starters');

describe('LocalizedText editing', () => {
  const fromEn = (text: string, source: string) => ({ text, from: 'en' as const, sourceHash: hashString(source) });

  it('keeps a plain string in the first language and stores a second language as a translation of it', () => {
    expect(setLocalized('Hosting', 'Web hosting', 'en', 'en')).toBe('Web hosting');
    expect(setLocalized('Hosting', 'Webbhotell', 'sv', 'en')).toEqual({ en: 'Hosting', sv: fromEn('Webbhotell', 'Hosting') });
    expect(setLocalized({ en: 'Hosting', sv: 'Webbhotell' }, 'Drift', 'sv', 'en')).toEqual({ en: 'Hosting', sv: fromEn('Drift', 'Hosting') });
    expect(setLocalized({ en: 'Hosting', sv: 'x' }, '', 'sv', 'en')).toEqual({ en: 'Hosting' });
  });

  it('marks the other languages stale when the source text changes, including texts written alongside it', () => {
    const edited = setLocalized({ en: 'Hosting', sv: 'Webbhotell' }, 'Web hosting', 'en', 'en');
    expect(edited).toEqual({ en: 'Web hosting', sv: fromEn('Webbhotell', 'Hosting') });
    expect(translationState(edited, 'sv', 'en')).toBe('stale');
    const translated = setLocalized(edited, 'Webbhotell och drift', 'sv', 'en');
    expect(translationState(translated, 'sv', 'en')).toBe('translated');
    // An unchanged source (a keystroke undone by typing) changes nothing.
    expect(setLocalized({ en: 'Hosting', sv: 'Webbhotell' }, 'Hosting', 'en', 'en')).toEqual({ en: 'Hosting', sv: 'Webbhotell' });
  });

  it('shows a missing translation as empty with the fallback as placeholder', () => {
    expect(localizedForEdit({ en: 'Hosting' }, 'sv')).toEqual({ text: '', fallback: 'Hosting' });
    expect(localizedForEdit('Hosting', 'sv', 'en')).toEqual({ text: '', fallback: 'Hosting' });
    expect(localizedForEdit('Hosting', 'en', 'en')).toEqual({ text: 'Hosting', fallback: '' });
  });

  it('says which source text to show beside a missing or stale translation, and confirms a stale one', () => {
    expect(translationNote('Hosting', 'sv', 'en')).toEqual({ state: 'missing', sourceLang: 'en', sourceText: 'Hosting' });
    const stale = { en: 'Web hosting', sv: fromEn('Webbhotell', 'Hosting') };
    expect(translationNote(stale, 'sv', 'en')).toEqual({ state: 'stale', sourceLang: 'en', sourceText: 'Web hosting' });
    expect(translationNote(stale, 'en', 'en').state).toBe('source');
    expect(translationState(confirmTranslation(stale, 'sv', 'en'), 'sv', 'en')).toBe('translated');
  });
});

describe('paths', () => {
  it('sets nested values with structural sharing and removes undefined keys', () => {
    const value = { a: { b: [1, { c: 2 }] }, d: { e: 1 } };
    const next = setIn(value, ['a', 'b', 1, 'c'], 3);
    expect(getIn(next, ['a', 'b', 1, 'c'])).toBe(3);
    expect(next.d).toBe(value.d);
    expect(setIn(value, ['d', 'e'], undefined)).toEqual({ a: value.a, d: {} });
    expect(pathKey(['recipients', 1, 'storedIn', 0])).toBe('recipients[1].storedIn[0]');
  });
});

describe('row operations', () => {
  it('adds, deletes, duplicates (deep copy) and moves rows', () => {
    const rows = [{ n: 'a' }, { n: 'b' }, { n: 'c' }];
    expect(addRow(rows, { n: 'd' }).map((r) => r.n)).toEqual(['a', 'b', 'c', 'd']);
    expect(deleteRow(rows, 1).map((r) => r.n)).toEqual(['a', 'c']);
    const dup = duplicateRow(rows, 0);
    expect(dup.map((r) => r.n)).toEqual(['a', 'a', 'b', 'c']);
    expect(dup[1]).not.toBe(dup[0]);
    expect(moveRow(rows, 2, -1).map((r) => r.n)).toEqual(['a', 'c', 'b']);
    expect(moveRow(rows, 0, -1).map((r) => r.n)).toEqual(['a', 'b', 'c']);
  });
});

describe('links and diff', () => {
  it('allows only http(s) and mailto links', () => {
    expect(isAllowedLink('https://example.com/a')).toBe(true);
    expect(isAllowedLink('mailto:dpo@example.com')).toBe(true);
    expect(isAllowedLink('javascript:alert(1)')).toBe(false);
    expect(isAllowedLink('file:///etc/passwd')).toBe(false);
    expect(isAllowedLink('https://user:pw@example.com')).toBe(false);
    expect(isAllowedLink('example.com')).toBe(false);
  });

  it('diffs paragraphs of the customized and the generated text', () => {
    expect(diffParagraphs(['a', 'b', 'c'], ['a', 'x', 'c'])).toEqual([
      { kind: 'same', text: 'a' },
      { kind: 'removed', text: 'b' },
      { kind: 'added', text: 'x' },
      { kind: 'same', text: 'c' },
    ]);
    const nodes = [
      { type: 'heading', content: [{ type: 'text', text: 'Title' }] },
      { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'one' }] }] }] },
    ];
    expect(blockTexts(nodes)).toEqual(['Title', 'one']);
  });
});

describe('document edits', () => {
  const section = { type: 'policySection', attrs: { sectionId: 'security', generatedHash: 'h1' }, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Generated' }] }] };

  it('customize stores an override based on the current hash; keep mine and revert update it', () => {
    let p = customizeSection(buildProject(), 'en', section);
    expect(p.overrides).toEqual([{ sectionId: 'security', language: 'en', basedOnHash: 'h1', content: { type: 'policySection', content: section.content } }]);
    p = keepCustomized(p, 'en', 'security', 'h2');
    expect(p.overrides[0]?.basedOnHash).toBe('h2');
    expect(revertSection(p, 'en', 'security').overrides).toEqual([]);
  });

  it('writes edited sections back and returns the same project when nothing changed', () => {
    const p = customizeSection(buildProject(), 'en', section);
    const edited = { ...section, attrs: { ...section.attrs, origin: 'customized' }, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Mine' }] }] };
    const next = writeBackSections(p, 'en', [edited]);
    expect(JSON.stringify(next.overrides[0]?.content)).toContain('Mine');
    expect(writeBackSections(next, 'en', [edited])).toBe(next);
  });

  it('inserts custom sections right after the chosen section, also after another custom one', () => {
    let p = insertCustomSection(buildProject(), 'en', 'rights', 'First', 'Body');
    p = insertCustomSection(p, 'en', 'rights', 'Before first', 'Body');
    p = insertCustomSection(p, 'en', p.customSections[1]!.id, 'After first', 'Body');
    const titles = p.customSections.map((c) => JSON.stringify(c.content).match(/"text":"([^"]+)"/)?.[1]);
    expect(titles).toEqual(['Before first', 'First', 'After first']);
    expect(p.customSections.every((c) => c.afterSectionId === 'rights')).toBe(true);
  });
});

describe('validation part by part', () => {
  const whole = (draft: unknown) => {
    const result = projectSchema.safeParse(draft);
    const errors = new Map<string, string>();
    if (!result.success) for (const issue of result.error.issues) if (!errors.has(formatPath(issue.path))) errors.set(formatPath(issue.path), issue.message);
    return { valid: result.success ? result.data : null, errors };
  };

  it('gives the same result as parsing the whole project, valid or not, references included', () => {
    const starters = readdirSync(STARTERS).filter((f) => f.endsWith('.policy'));
    expect(starters.length).toBeGreaterThan(0);
    const base = buildProject();
    const [first, second] = base.activities;
    const drafts: unknown[] = [
      ...starters.map((f) => JSON.parse(readFileSync(join(STARTERS, f), 'utf8')) as unknown),
      base,
      { ...base, company: { ...base.company, legalName: '', email: 'nope' } },
      { ...base, recipients: [{ ...base.recipients[0]!, storedIn: ['Norge'] }, base.recipients[1]], jurisdictions: [] },
      { ...base, children: { minimumAge: 0, directedAtChildren: true }, unknownKey: 1 },
      // Cross-references: a removed category still named, a duplicate id, an unknown recipient.
      { ...base, activities: [{ ...first!, categories: ['gone'] }, { ...second!, id: first!.id, recipients: ['nobody'] }] },
      { ...base, dataCategories: [base.dataCategories[0], { ...base.dataCategories[1]!, id: base.dataCategories[0]!.id }] },
      // A reference error beside a format error elsewhere: the whole parse reports both too.
      { ...base, company: { ...base.company, email: 'nope' }, activities: [{ ...first!, recipients: ['nobody'] }] },
      { schemaVersion: 1 },
    ];
    for (const draft of drafts) {
      const mine = validateProject(draft);
      const reference = whole(draft);
      expect(mine.errors).toEqual(reference.errors);
      expect(mine.valid).toEqual(reference.valid);
    }
  });

  it('says "expected a number" for an emptied number field, not zod\'s "received NaN"', () => {
    const base = buildProject();
    expect(projectSchema.safeParse({ ...base, changes: { noticeDays: Number.NaN } }).error?.issues[0]?.message).toMatch(/received NaN/);
    const result = validateProject({ ...base, changes: { noticeDays: Number.NaN } });
    expect(result.errors.get('changes.noticeDays')).toBe('expected a number');
  });

  it('reuses the result of parts that did not change (same objects in, same objects out)', () => {
    const base = buildProject();
    const first = validateProject(base);
    const edited = validateProject({ ...base, company: { ...base.company, legalName: 'Renamed AB' } });
    expect(edited.valid?.company.legalName).toBe('Renamed AB');
    expect(edited.valid?.recipients).toBe(first.valid?.recipients);
    expect(edited.valid?.cookies).toBe(first.valid?.cookies);
    expect(edited.valid?.company).not.toBe(first.valid?.company);
  });
});
