'use strict';
const { isAscii } = require('node:buffer');
const { readFileSync, renameSync, rmSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { dirname } = require('node:path');
const { setFlagsFromString } = require('node:v8');
const { Script } = require('node:vm');

/**
 * Loads the CLI bundle (one CommonJS file, scripts/build-cli.ts) with V8's
 * code cache: the bytecode of every function an earlier run compiled, so a
 * command skips parsing and compiling the 4 MB bundle (about 50 ms of a
 * DOCX export's 400). Node 20 has no compile cache of its own
 * (module.enableCompileCache is Node 22), hence vm.Script's cachedData.
 *
 * The cache is named after the bundle's hash (inputs.json, written with the
 * bundle), Node's version and the architecture, because V8 checks only the
 * source's length and its own version and flags before using one: a cache
 * of another bundle must never be offered. A missing or refused cache is
 * written after the command (`saveCodeCache`); a folder we may not write to
 * only means no cache. Such a cache holds what that one command compiled
 * (after a Node upgrade, say, the first command's): never slower than none,
 * and the next build (`npm ci`'s prepare) writes a full one again.
 */

/**
 * A command is over in well under a second: too soon for V8's optimizing
 * compiler (TurboFan) to pay back what it costs, on threads of its own.
 * Without it the large project's DOCX export takes a third less CPU. Set
 * before the bundle is compiled: V8 refuses a cache made under other flags.
 * Only the CLI: the app runs for hours.
 */
const V8_FLAGS = '--no-opt';

/**
 * The bundle's text. The build writes it in ASCII alone (scripts/build-cli.ts,
 * `asciiOnly`), which reads as Latin-1 in a copy, a fifth of the time UTF-8
 * decoding took for the 4 MB (2 instead of 9 ms a command); a bundle with
 * anything beyond ASCII (an older build) is decoded as UTF-8.
 */
function readSource(bundle) {
  const bytes = readFileSync(bundle);
  return isAscii(bytes) ? bytes.latin1Slice(0, bytes.length) : bytes.toString('utf8');
}

/** The cache file of `bundle` as built with `hash`, for this Node. */
function codeCachePath(bundle, hash) {
  return `${bundle}.${hash}.${process.version}.${process.arch}.code-cache`;
}

/**
 * Compiles and runs the bundle at `bundle` (a path), built with `hash`.
 * Returns its exports, what became of the cache (`accepted`, `rejected` or
 * `none`), and `saveCodeCache`, to call once the command is done.
 */
function loadCliBundle(bundle, hash) {
  setFlagsFromString(V8_FLAGS);
  const source = readSource(bundle);
  const cacheFile = codeCachePath(bundle, hash);
  let cachedData;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  // The wrapper Node itself puts around a CommonJS module.
  // No import() in the bundle (shared/node/playwright.ts): Node forgets a script's dynamic-import callback when it comes from a cache.
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: bundle, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, dirname(bundle));
  const cache = cachedData === undefined ? 'none' : script.cachedDataRejected ? 'rejected' : 'accepted';
  return {
    exports: module.exports,
    cache,
    saveCodeCache() {
      if (cache === 'accepted') return;
      const temporary = `${cacheFile}.${process.pid}.tmp`;
      try {
        writeFileSync(temporary, script.createCachedData());
        renameSync(temporary, cacheFile);
      } catch {
        rmSync(temporary, { force: true });
      }
    },
  };
}

exports.codeCachePath = codeCachePath;
exports.loadCliBundle = loadCliBundle;
