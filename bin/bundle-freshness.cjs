'use strict';
const { readFileSync, statSync } = require('node:fs');
const { fileURLToPath } = require('node:url');

/**
 * The bundle's build record when `<root>/out/cli/inputs.json` lists the
 * sources of a bundle and none of them changed after it was built: `hash`
 * names the bundle's code cache (cli-bundle.cjs). Any doubt (no bundle, a
 * source gone or unreadable, an older record without a hash) means null:
 * the launcher then runs the sources.
 */
function freshBundle(root) {
  try {
    const { builtAt, inputs, hash } = JSON.parse(readFileSync(new URL('out/cli/inputs.json', root), 'utf8'));
    // Paths joined as strings: a file URL made and turned back into a path for each of the 400-odd sources took
    // half of this check's 6-10 ms, which every command waits for.
    const base = fileURLToPath(root);
    const fresh = typeof hash === 'string' && /^[0-9a-f]{16,}$/.test(hash) && Array.isArray(inputs) && inputs.length > 0 && inputs.every((file) => typeof file === 'string' && statSync(base + file).mtimeMs <= builtAt);
    return fresh ? { hash } : null;
  } catch {
    return null;
  }
}

/** Whether the launcher would run the bundle (`freshBundle`) rather than the sources. */
function bundleIsFresh(root) {
  return freshBundle(root) !== null;
}

exports.freshBundle = freshBundle;
exports.bundleIsFresh = bundleIsFresh;
