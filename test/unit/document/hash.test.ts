import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashString } from '../../../shared/document/hash.ts';

/** The hash as first written (two FNV-style lanes made unsigned on every step): what every saved project's hashes were made with. */
function referenceHash(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
  }
  return h1.toString(16).padStart(8, '0') + h2.toString(16).padStart(8, '0');
}

describe('hashString', () => {
  // Projects store these hashes (a customised section's basedOnHash, a translation's sourceHash): a hash that
  // changed would mark every customised section and every translation out of date on the next open.
  it('gives the hashes saved projects hold', () => {
    expect(hashString('')).toBe('811c9dc501000193');
    expect(hashString('Account details')).toBe('38acf602947dc9b8');
    expect(hashString('Personuppgiftsansvarig är Exempel AB')).toBe('4edf51c65e0c073e');
    expect(hashString('😀 \u0000 \uffff x'.repeat(3))).toBe('537a0015365065c5');
  });

  it('matches the hash as first written for any text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => hashString(text) === referenceHash(text)), { numRuns: 500 });
  });
});
