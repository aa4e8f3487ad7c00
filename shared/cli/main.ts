// First: before any module below builds a schema (zod-jitless.ts).
import './zod-jitless.ts';
import { parseArgs } from 'node:util';
import { handleExport, handleNew, handleStarters, handleValidate } from './commands.ts';
import { handleMigrate } from './migrate-command.ts';
import { handleTranslationsExport, handleTranslationsImport } from './translations-command.ts';
import { serializeJsonSchema } from '../model/json-schema.ts';
import { EXIT, UsageError, type CliIo, type ExitCode } from './io.ts';

export const USAGE = `Usage: policy-studio <command> [options]

Commands:
  starters                                  List the starter projects.
  new --starter <id> --out <file> [--force] Create a project from a starter.
  new --answers <answers.json> --out <file> [--force]
                                            Create a project from the guided interview's
                                            answers (a JSON object keyed by question id);
                                            prints what is still to enter and the warnings.
  new --blank --out <file> [--force]        Create a blank project to fill in.
  validate <file>                           Check a .policy file; errors name the field
                                            (exit 1), then warnings name risky facts
                                            (exit 0).
  check <file> [--law EU,US-CA] [--lang sv] [--json]
                                            For each law, the items it requires a policy to
                                            state: "N/M items", then each missing one with
                                            the field that fixes it (exit 1 if any), then
                                            the warnings; --json for pipelines. --law also
                                            takes COPPA and CALOPPA, which the facts bring in.
  migrate <file> [--out <new file>]         Update a file from an older format: prints
                                            what to check, writes it in place keeping
                                            <file>.bak, or to --out.
  schema                                    Print the JSON Schema of .policy files.
  export <file> [--lang en,sv] [--format html,fragment,md,docx,pdf]
         [--paper a4|letter] [--out dir] [--allow-untranslated]
         [--disclosure-index]
                                            Write privacy-policy.<lang>.<ext> files, and
                                            index.html linking the languages (defaults:
                                            the project's languages, html, ./). PDFs are
                                            printed on Letter for a company in the US,
                                            Canada or another Letter country, else on A4,
                                            unless --paper says otherwise. Refuses (exit 1)
                                            while a text has no translation in a language
                                            asked for, or one made from an older source,
                                            naming each; --allow-untranslated exports them
                                            with another language's text, warning of each.
                                            --disclosure-index appends an appendix listing
                                            each law's required items, the provision and
                                            the section that states each (for a lawyer).
  export <file> --compare <version> [--to <version>|working] [--lang en,sv]
         [--format docx,html] [--out dir]
                                            Redlines from a published version to the
                                            working copy (or --to): Word with tracked
                                            changes, HTML with <ins>/<del> and a legend,
                                            privacy-policy.<lang>.redline-<from>-<to>.<ext>.
  publish <file> [--note TEXT] [--date YYYY-MM-DD]
                                            Record a published version (a snapshot of the
                                            facts and customised sections): prints the
                                            change-log entry it adds, writes <file>
                                            keeping <file>.bak.
  diff <file> [--from v2] [--to v3|working] [--lang sv]
                                            What changed in the facts, in plain words
                                            (defaults: the last version to the working
                                            copy, the project's first language).
  translations export <file> --lang <lang> [--from <lang>] [--format xliff|csv]
         [--out <file>]
                                            Write the texts to translate into <lang> (from
                                            the project's first language, or --from) as
                                            XLIFF 2.0 or CSV, to --out or stdout.
  translations import <file> <translations file> [--out <file>]
                                            Apply a filled-in XLIFF or CSV file: each text
                                            whose source is unchanged since the export;
                                            the others are named and not applied (exit 1).
                                            Writes <file> keeping <file>.bak, or --out.
  library services|cookies [--search <text>] [--json]
                                            List the offline library's services (with
                                            role and where they store data) or known
                                            cookies (category, duration, purpose), those
                                            matching --search; exit 1 if none match.
  scan-cookies (--har <file> | --csv <file> | <url> [--links N]) [--project <file>]
         [--out cookies.csv] [--json]
                                            The cookies a HAR file, a cookie scanner's CSV
                                            or a scan of the site in Chromium (the page and
                                            up to N same-site links, default 5) found: name,
                                            domain, first or third party, duration and the
                                            library's category and provider; with
                                            --project, each one new or already listed and
                                            the listed ones not found (exit 1 if any is
                                            new); --out writes them as CSV.

Exit codes: 0 done, 1 bad input, 2 bad usage.
`;

function positional(values: string[], count: number, command: string): string[] {
  if (values.length !== count) throw new UsageError(`"${command}" takes ${count === 0 ? 'no file' : 'one file'}, got ${values.length}`);
  return values;
}

/** Runs one CLI command and returns its exit code; never calls process.exit, so tests can run it in-process. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        io.stdout(USAGE);
        return command === undefined ? EXIT.usage : EXIT.ok;
      case 'starters':
        positional(parseArgs({ args: rest, allowPositionals: true, options: {} }).positionals, 0, command);
        return await handleStarters(io);
      case 'new': {
        const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { starter: { type: 'string' }, answers: { type: 'string' }, blank: { type: 'boolean' }, out: { type: 'string' }, force: { type: 'boolean' } } });
        positional(positionals, 0, command);
        const sources = [values.starter !== undefined, values.answers !== undefined, values.blank === true].filter(Boolean).length;
        if (sources !== 1 || !values.out) throw new UsageError('"new" needs one of --starter <id>, --answers <answers.json> or --blank, and --out <file>');
        if (values.starter !== undefined) return await handleNew(io, values.starter, values.out, values.force ?? false);
        // The interview and its service library load only for a project made from answers or blank.
        const { handleNewBlank, handleNewFromAnswers } = await import('./new-command.ts');
        if (values.answers !== undefined) return await handleNewFromAnswers(io, values.answers, values.out, values.force ?? false);
        return await handleNewBlank(io, values.out, values.force ?? false);
      }
      case 'validate': {
        const [file] = positional(parseArgs({ args: rest, allowPositionals: true, options: {} }).positionals, 1, command);
        return await handleValidate(io, file!);
      }
      case 'check': {
        const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { law: { type: 'string' }, lang: { type: 'string' }, json: { type: 'boolean' } } });
        const [file] = positional(positionals, 1, command);
        const { handleCheck } = await import('./check-command.ts');
        return await handleCheck(io, { file: file!, law: values.law, lang: values.lang, json: values.json ?? false });
      }
      case 'migrate': {
        const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { out: { type: 'string' } } });
        const [file] = positional(positionals, 1, command);
        return await handleMigrate(io, file!, values.out);
      }
      case 'schema':
        positional(parseArgs({ args: rest, allowPositionals: true, options: {} }).positionals, 0, command);
        io.stdout(serializeJsonSchema());
        return EXIT.ok;
      case 'export': {
        const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { lang: { type: 'string' }, format: { type: 'string' }, paper: { type: 'string' }, out: { type: 'string' }, 'allow-untranslated': { type: 'boolean' }, 'disclosure-index': { type: 'boolean' }, compare: { type: 'string' }, to: { type: 'string' } } });
        const [file] = positional(positionals, 1, command);
        if (values.compare !== undefined) {
          if (values.paper !== undefined) throw new UsageError('--paper does not apply to a redline (--compare writes docx and html)');
          const { handleRedlineExport } = await import('./versions-command.ts');
          return await handleRedlineExport(io, { file: file!, compare: values.compare, to: values.to, lang: values.lang, format: values.format, out: values.out ?? '.', allowUntranslated: values['allow-untranslated'] ?? false });
        }
        if (values.to !== undefined) throw new UsageError('--to needs --compare <version>');
        return await handleExport(io, { file: file!, lang: values.lang, format: values.format, paper: values.paper, out: values.out ?? '.', allowUntranslated: values['allow-untranslated'] ?? false, disclosureIndex: values['disclosure-index'] ?? false });
      }
      case 'publish': {
        const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { note: { type: 'string' }, date: { type: 'string' } } });
        const [file] = positional(positionals, 1, command);
        const { handlePublish } = await import('./versions-command.ts');
        return await handlePublish(io, { file: file!, note: values.note, date: values.date });
      }
      case 'diff': {
        const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { from: { type: 'string' }, to: { type: 'string' }, lang: { type: 'string' } } });
        const [file] = positional(positionals, 1, command);
        const { handleDiff } = await import('./versions-command.ts');
        return await handleDiff(io, { file: file!, from: values.from, to: values.to, lang: values.lang });
      }
      case 'translations': {
        const [action, ...args] = rest;
        if (action === 'export') {
          const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { lang: { type: 'string' }, from: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' } } });
          const [file] = positional(positionals, 1, 'translations export');
          return await handleTranslationsExport(io, { file: file!, lang: values.lang, from: values.from, format: values.format, out: values.out });
        }
        if (action === 'import') {
          const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { out: { type: 'string' } } });
          if (positionals.length !== 2) throw new UsageError(`"translations import" takes the project and the translations file, got ${positionals.length} file${positionals.length === 1 ? '' : 's'}`);
          return await handleTranslationsImport(io, positionals[0]!, positionals[1]!, values.out);
        }
        throw new UsageError(`"translations" needs "export" or "import"${action === undefined ? '' : `, got "${action}"`}`);
      }
      case 'library': {
        const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { search: { type: 'string' }, json: { type: 'boolean' } } });
        if (positionals.length > 1) throw new UsageError(`"library" takes "services" or "cookies", got ${positionals.join(' ')}`);
        const { handleLibrary } = await import('./library-command.ts');
        return handleLibrary(io, { what: positionals[0], search: values.search, json: values.json ?? false });
      }
      case 'scan-cookies': {
        const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { har: { type: 'string' }, csv: { type: 'string' }, project: { type: 'string' }, out: { type: 'string' }, json: { type: 'boolean' }, links: { type: 'string' } } });
        if (positionals.length > 1) throw new UsageError(`"scan-cookies" takes one web address, got ${positionals.length}`);
        const { handleScanCookies } = await import('./scan-cookies-command.ts');
        return await handleScanCookies(io, { har: values.har, csv: values.csv, url: positionals[0], project: values.project, out: values.out, json: values.json ?? false, links: values.links });
      }
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (error) {
    // parseArgs reports unknown or malformed options with a TypeError carrying an ERR_PARSE_ARGS_* code.
    const code = (error as { code?: string }).code;
    if (error instanceof UsageError || code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`policy-studio: ${(error as Error).message}\n\n${USAGE}`);
      return EXIT.usage;
    }
    throw error;
  }
}
