import { readFileSync, statSync } from 'node:fs';

/**
 * True when `<root>/out/cli/inputs.json` lists the sources of a bundle and
 * none of them changed after it was built. Any doubt (no bundle, a source
 * gone or unreadable) means false: the launcher then runs the sources.
 */
export function bundleIsFresh(root) {
  try {
    const { builtAt, inputs } = JSON.parse(readFileSync(new URL('out/cli/inputs.json', root), 'utf8'));
    return Array.isArray(inputs) && inputs.length > 0 && inputs.every((file) => statSync(new URL(file, root)).mtimeMs <= builtAt);
  } catch {
    return false;
  }
}
