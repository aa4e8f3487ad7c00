import { access, readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { riskWarnings } from '../checks/risks.ts';
import { emptyProject, parseAnswers, runInterview, stillToEnter } from '../interview/index.ts';
import { formatProjectError, type ProjectError } from '../model/errors.ts';
import { serializeProject } from '../model/project-file.ts';
import type { Project } from '../model/schema.ts';
import { writeFileAtomic } from '../node/files/atomic-write.ts';
import { EXIT, type CliIo, type ExitCode } from './io.ts';

/** Writes a new project to `out` unless the file exists (or with --force, keeping a .bak); false when refused. */
async function writeNew(io: CliIo, out: string, project: Project, force: boolean): Promise<boolean> {
  const path = resolve(io.cwd, out);
  if (!force && (await access(path).then(() => true, () => false))) {
    io.stderr(`${out} already exists; choose another name or add --force to replace it.\n`);
    return false;
  }
  await writeFileAtomic(path, serializeProject(project), { keepBackup: force });
  return true;
}

function printStillToEnter(io: CliIo, out: string, missing: readonly ProjectError[]): void {
  if (missing.length === 0) return;
  io.stdout(`Still to enter before ${out} is valid (open it in Policy Studio, or edit the file):\n`);
  for (const error of missing) io.stdout(`  ${formatProjectError(error)}\n`);
}

/** `policy-studio new --blank --out <file>`: the blank project, naming each essential still to enter. */
export async function handleNewBlank(io: CliIo, out: string, force: boolean): Promise<ExitCode> {
  const project = emptyProject();
  if (!(await writeNew(io, out, project, force))) return EXIT.badInput;
  io.stdout(`Created ${out}: a blank project.\n`);
  printStillToEnter(io, out, stillToEnter(project));
  return EXIT.ok;
}

/**
 * `policy-studio new --answers <answers.json> --out <file>`: runs the guided
 * interview on an answers file (a JSON object keyed by question id) and
 * writes the project; prints what was created, what is still to enter, what
 * to check, and the risk warnings to act on. Bad answers write nothing.
 */
export async function handleNewFromAnswers(io: CliIo, answersFile: string, out: string, force: boolean): Promise<ExitCode> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(resolve(io.cwd, answersFile), 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    io.stderr(`${answersFile}: ${code === 'ENOENT' ? 'no such file' : error instanceof SyntaxError ? `not valid JSON: ${error.message}` : `cannot be read (${code ?? String(error)})`}\n`);
    return EXIT.badInput;
  }
  const parsed = parseAnswers(raw);
  if (!parsed.ok) {
    io.stderr(`${answersFile}: ${parsed.errors.length} answer${parsed.errors.length === 1 ? '' : 's'} cannot be used; nothing was written:\n`);
    for (const error of parsed.errors) io.stderr(`  ${formatProjectError(error)}\n`);
    return EXIT.badInput;
  }
  const result = runInterview(parsed.answers);
  const { project } = result;
  if (!(await writeNew(io, out, project, force))) return EXIT.badInput;
  io.stdout(
    `Created ${out} from your answers: ${project.dataCategories.length} data categories, ${project.activities.length} activities, ${project.recipients.length} recipients, ${project.cookies.length} cookies; laws ${project.jurisdictions.join(', ') || '(none yet)'}; languages ${project.languages.join(', ')}.\n`,
  );
  printStillToEnter(io, out, result.stillToEnter);
  for (const note of result.notes) io.stdout(`check: ${note}\n`);
  for (const warning of riskWarnings(project)) io.stdout(`warning: ${warning.path}: ${warning.message}\n`);
  return EXIT.ok;
}
