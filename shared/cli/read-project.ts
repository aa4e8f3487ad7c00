import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { formatProjectError } from '../model/errors.ts';
import { parseProjectFile, type ParseResult } from '../model/project-file.ts';
import type { CliIo } from './io.ts';

/** A project read by the CLI, with what a migration from an older format changed. */
export type CliProject = Extract<ParseResult, { ok: true }>;

/** Reads and validates a `.policy` file (migrating an older one in memory), printing every error with its JSON path; null when it is unusable. */
export async function readProjectForCli(file: string, io: CliIo): Promise<CliProject | null> {
  const path = resolve(io.cwd, file);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    io.stderr(`${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a .policy file' : `cannot be read (${code ?? String(error)})`}\n`);
    return null;
  }
  const result = parseProjectFile(text);
  if (!result.ok) {
    io.stderr(`${file} is not a valid project (${result.errors.length} problem${result.errors.length === 1 ? '' : 's'}):\n`);
    for (const error of result.errors) io.stderr(`  ${formatProjectError(error)}\n`);
    return null;
  }
  return result;
}
