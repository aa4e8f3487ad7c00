import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { projectSchema } from '../../../shared/model/schema.ts';
import { versionMessageFiles } from '../../../shared/versions/messages.ts';

/** The object inside a field's default, optional and array wrappers. */
function objectKeys(schema: z.ZodType): string[] {
  let s: z.ZodType = schema;
  for (;;) {
    if (s instanceof z.ZodDefault || s instanceof z.ZodOptional) s = s.unwrap() as z.ZodType;
    else if (s instanceof z.ZodArray) s = s.element as z.ZodType;
    else break;
  }
  if (!(s instanceof z.ZodObject)) throw new Error('expected an object schema');
  return Object.keys(s.shape);
}

const files = versionMessageFiles();

describe('versions.json', () => {
  it('has the same keys in every language that has one, none of them empty', () => {
    const en = Object.keys(files.en!).sort();
    for (const [lang, messages] of Object.entries(files)) {
      expect(Object.keys(messages).sort(), `templates/${lang}/versions.json`).toEqual(en);
      for (const [key, text] of Object.entries(messages)) expect(text.trim(), `templates/${lang}/versions.json "${key}"`).not.toBe('');
    }
  });

  it('names every property of a recipient, activity, data category, cookie and the company, so no diff line shows a raw field name', () => {
    const shape = projectSchema.shape;
    const fields = [shape.recipients, shape.activities, shape.dataCategories, shape.cookies, shape.company].flatMap((s) => objectKeys(s as z.ZodType));
    expect(fields.length).toBeGreaterThan(30);
    const identifying = new Set(['id']);
    for (const [lang, messages] of Object.entries(files)) {
      const missing = [...new Set(fields)].filter((f) => !identifying.has(f) && !(`aspect.${f}` in messages));
      expect(missing, `templates/${lang}/versions.json`).toEqual([]);
    }
  });
});
