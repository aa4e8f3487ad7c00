import { resolve } from 'node:path';
import { formatProjectError } from '../model/errors.ts';
import { parseProjectBytes, type ParseResult } from '../model/project-file.ts';
import { readRegularFile } from '../node/files/read-regular-file.ts';
import type { CliIo } from './io.ts';

/** A project read by the CLI, with what a migration from an older format changed. */
export type CliProject = Extract<ParseResult, { ok: true }>;

/**
 * Reads and validates a `.policy` file (migrating an older one in memory),
 * printing every error on one line with its JSON path; null when it is
 * unusable. Only a regular file within the size limit is read, as in the app.
 */
export async function readProjectForCli(file: string, io: CliIo): Promise<CliProject | null> {
  const path = resolve(io.cwd, file);
  const read = await readRegularFile(path);
  if (!read.ok) {
    io.stderr(`${file}: ${read.kind === 'not-found' ? 'no such file' : read.reason}\n`);
    return null;
  }
  const result = parseProjectBytes(read.bytes);
  if (!result.ok) {
    io.stderr(`${file} is not a valid project (${result.errors.length} problem${result.errors.length === 1 ? '' : 's'}):\n`);
    for (const error of result.errors) io.stderr(`  ${formatProjectError(error)}\n`);
    return null;
  }
  return result;
}
