import { describe, expect, it } from 'vitest';
import { asciiOnly } from '../../scripts/build-cli.ts';

/**
 * The CLI bundle is written in ASCII alone (so V8 holds its source as one
 * byte per character): what esbuild leaves beyond ASCII, in regular
 * expression literals, becomes `\uXXXX` escapes that match the same text.
 */
describe('asciiOnly, for the CLI bundle', () => {
  /** Runs `source` (an expression) as JavaScript. */
  const run = (source: string): unknown => new Function(`return (${source});`)();

  it('keeps what each pattern matches, with and without the u flag, astral characters included', () => {
    const source = `[
      'Bjørn Ærø'.replace(/ø/g, 'o').replace(/æ/gi, 'ae'),
      /[.!?…]["'”’)]*$/.test('Så är det…”'),
      /gothic|ゴシック|黑/i.test('MS ゴシック'),
      'ｧｨ'.replace(/[ｧ-ｯｰ]/gu, 'k'),
      /^\\u{1F600}$/u.test('😀') && /^😀$/u.test('😀') && /^😀$/.test('😀'),
      [...'a😀b'.matchAll(/[😀]/gu)].length,
      'naïve — «quote»',
    ]`;
    const escaped = asciiOnly(source);
    expect([...escaped].every((ch) => ch.charCodeAt(0) < 0x80)).toBe(true);
    expect(run(escaped)).toEqual(run(source));
    expect(run(escaped)).toEqual(['Bjorn aero', true, true, 'kk', true, 1, 'naïve — «quote»']);
  });

  it('refuses a non-ASCII character after a backslash rather than turn it into an escaped backslash', () => {
    expect(() => asciiOnly('/\\ø/.test("ø")')).toThrow(/backslash before a non-ASCII character/);
  });
});
