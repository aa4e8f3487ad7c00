/** Limits no real policy reaches: a huge or hostile file is refused with one line naming the field, never exhausting memory. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatProjectError, LIMITS, parseProject } from '../../../shared/model/index.ts';
import { englishCount } from '../../../shared/model/limits.ts';
import { baseProjectInput } from '../../fixtures/project-builder.ts';

const errors = (patch: (p: ReturnType<typeof baseProjectInput>) => void): string[] => {
  const input = baseProjectInput();
  patch(input);
  const result = parseProject(input);
  return result.ok ? [] : result.errors.map(formatProjectError);
};

describe('limits', () => {
  it('refuses an 8 MB legal name quickly, naming the field and the limit', () => {
    const started = performance.now();
    const out = errors((p) => void (p.company.legalName = 'A'.repeat(8 * 1024 * 1024)));
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(out).toEqual([`company.legalName: expected at most ${LIMITS.textChars.toLocaleString('en')} characters: shorten the text`]);
  });

  it('refuses a table longer than any policy needs, with what to do', () => {
    const out = errors((p) => {
      const cookie = p.cookies![0]!;
      p.cookies = Array.from({ length: LIMITS.cookies + 1 }, () => cookie);
    });
    expect(out).toEqual([expect.stringMatching(/^cookies: expected at most 10,000 cookies: no policy needs more/)]);
  });

  it('accepts a project at the limits of a large real one', () => {
    expect(errors((p) => void (p.company.legalName = 'A'.repeat(LIMITS.textChars)))).toEqual([]);
  });
});

describe('englishCount', () => {
  it('writes a limit as English does, without Intl ("20,000", "2,500", "200")', () => {
    expect([englishCount(20_000), englishCount(2_500), englishCount(200), englishCount(1_000_000), englishCount(0)]).toEqual(['20,000', '2,500', '200', '1,000,000', '0']);
  });

  it('gives what toLocaleString("en") gives for any whole number', () => {
    fc.assert(fc.property(fc.integer({ min: -1e12, max: 1e12 }), (n) => englishCount(n) === n.toLocaleString('en')), { numRuns: 500 });
  });
});
