import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// Loaded as the CLI loads: main.ts first, which sets zod's jitless before any schema is built.
import '../../../shared/cli/main.ts';
import { parseProjectFile } from '../../../shared/model/project-file.ts';

const STARTER = new URL('../../../templates/starters/saas-sweden.policy', import.meta.url);

/** Runs `fn` with every `Function(…)` and `new Function(…)` counted: how zod compiles its fast paths. */
function codeCompiledBy(fn: () => void): number {
  const real = globalThis.Function;
  let compiled = 0;
  globalThis.Function = new Proxy(real, {
    construct: (target, args: string[]) => {
      compiled++;
      return Reflect.construct(target, args) as object;
    },
    apply: (target, self, args: string[]) => {
      compiled++;
      return Reflect.apply(target, self, args) as unknown;
    },
  });
  try {
    fn();
  } finally {
    globalThis.Function = real;
  }
  return compiled;
}

describe('the CLI reads a project without compiling code at run time', () => {
  it('counts code compiled with Function (the check can see it)', () => {
    expect(codeCompiledBy(() => new Function('return 1'))).toBe(1);
  });

  it('parses a project with no zod fast path compiled: V8 code cache cannot hold one, so each command paid for it', () => {
    const text = readFileSync(STARTER, 'utf8');
    let ok = false;
    const compiled = codeCompiledBy(() => {
      ok = parseProjectFile(text).ok;
    });
    expect(ok).toBe(true);
    expect(compiled).toBe(0);
  });
});
