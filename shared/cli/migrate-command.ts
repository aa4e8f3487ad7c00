import { access, readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { formatProjectError } from '../model/errors.ts';
import { parseProjectFile, serializeProject } from '../model/project-file.ts';
import { SCHEMA_VERSION } from '../model/schema.ts';
import { backupPathFor, writeFileAtomic } from '../node/files/atomic-write.ts';
import { EXIT, type CliIo, type ExitCode } from './io.ts';

/**
 * `policy-studio migrate <file> [--out <new file>]`: brings an older project
 * file up to the current format, prints what changed and what to check, and
 * writes it in place (keeping the old file as `<file>.bak`) or to --out,
 * which it never overwrites. A current file is left alone.
 */
export async function handleMigrate(io: CliIo, file: string, out: string | undefined): Promise<ExitCode> {
  const source = resolve(io.cwd, file);
  let text: string;
  try {
    text = await readFile(source, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    io.stderr(`${file}: ${code === 'ENOENT' ? 'no such file' : `cannot be read (${code ?? String(error)})`}\n`);
    return EXIT.badInput;
  }
  const result = parseProjectFile(text);
  if (!result.ok) {
    io.stderr(`${file} cannot be migrated (${result.errors.length} problem${result.errors.length === 1 ? '' : 's'}):\n`);
    for (const error of result.errors) io.stderr(`  ${formatProjectError(error)}\n`);
    return EXIT.badInput;
  }
  if (result.migratedFrom === null) {
    io.stdout(`${file} is already in format version ${SCHEMA_VERSION}; nothing to migrate, nothing written.\n`);
    return EXIT.ok;
  }
  const target = out === undefined ? source : resolve(io.cwd, out);
  const inPlace = target === source;
  if (!inPlace && (await access(target).then(() => true, () => false))) {
    io.stderr(`${out} already exists; choose another name for --out, or leave --out away to migrate ${file} in place (keeping a .bak).\n`);
    return EXIT.badInput;
  }
  const notes = result.migrationNotes;
  io.stdout(`${file}: migrated from format version ${result.migratedFrom} to ${SCHEMA_VERSION}${notes.length > 0 ? `; check ${notes.length === 1 ? 'this' : `these ${notes.length}`}:` : '.'}\n`);
  for (const note of notes) io.stdout(`  - ${note}\n`);
  await writeFileAtomic(target, serializeProject(result.project), { keepBackup: inPlace });
  io.stdout(inPlace ? `Wrote ${file}; the version ${result.migratedFrom} file is kept as ${backupPathFor(file)}.\n` : `Wrote ${out}; ${file} is unchanged.\n`);
  return EXIT.ok;
}
