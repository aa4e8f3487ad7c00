import { isAbsolute, resolve } from 'node:path';

/**
 * The `.policy` file named on a command line (the app started by a double
 * click or `policy-studio file.policy`), resolved against the folder the
 * command ran in; null when there is none. Switches (`--foo`) are skipped,
 * including Chromium's own, and so is the executable itself.
 */
export function policyFileFromArgv(argv: readonly string[], cwd: string): string | null {
  for (const arg of argv.slice(1)) {
    if (arg.startsWith('-')) continue;
    if (!arg.toLowerCase().endsWith('.policy')) continue;
    return isAbsolute(arg) ? arg : resolve(cwd, arg);
  }
  return null;
}
