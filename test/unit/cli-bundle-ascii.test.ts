import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { asciiOnly } from '../../scripts/build-cli.ts';

const LOADER = pathToFileURL(resolve(import.meta.dirname, '../../bin/cli-bundle.cjs')).href;

/** The exports of the CommonJS file `bundle` as the launcher loads it, in a process of its own (the loader sets V8 flags for the process). */
function loadedExports(bundle: string): unknown {
  const script = `const { loadCliBundle } = await import(${JSON.stringify(LOADER)}); process.stdout.write(JSON.stringify(loadCliBundle(${JSON.stringify(bundle)}, 'test').exports));`;
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }));
}

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

  it('the launcher reads an ASCII bundle, and an older one in UTF-8 beyond ASCII, to the same text', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-bundle-ascii-'));
    const source = "module.exports = { name: 'Bjørn Ærø – “integritet”', ok: /^ø$/.test('ø') };";
    for (const [file, text] of [['utf8.cjs', source], ['ascii.cjs', asciiOnly(source)]] as const) {
      writeFileSync(join(dir, file), text);
      expect(loadedExports(join(dir, file))).toEqual({ name: 'Bjørn Ærø – “integritet”', ok: true });
    }
  });
});
