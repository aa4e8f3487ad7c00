import { readFileSync, statSync } from 'node:fs';

/**
 * The bundle's build record when `<root>/out/cli/inputs.json` lists the
 * sources of a bundle and none of them changed after it was built: `hash`
 * names the bundle's code cache (cli-bundle.mjs). Any doubt (no bundle, a
 * source gone or unreadable, an older record without a hash) means null:
 * the launcher then runs the sources.
 */
export function freshBundle(root) {
  try {
    const { builtAt, inputs, hash } = JSON.parse(readFileSync(new URL('out/cli/inputs.json', root), 'utf8'));
    const fresh = typeof hash === 'string' && /^[0-9a-f]{16,}$/.test(hash) && Array.isArray(inputs) && inputs.length > 0 && inputs.every((file) => statSync(new URL(file, root)).mtimeMs <= builtAt);
    return fresh ? { hash } : null;
  } catch {
    return null;
  }
}

/** Whether the launcher would run the bundle (`freshBundle`) rather than the sources. */
export function bundleIsFresh(root) {
  return freshBundle(root) !== null;
}
