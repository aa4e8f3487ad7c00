import type { ExportFormat } from '../export/formats.ts';
import type { PaperSize } from '../export/html-style.ts';
import type { DocumentLanguage, Project } from '../model/index.ts';

/** Two states of a project to redline: published version ids ("v2"), or "working" for the project as it is now. */
export interface RedlineCompare {
  from: string;
  to: string;
}

/** What to export: a validated project, in which languages and formats. */
export interface ExportJob {
  project: Project;
  langs: DocumentLanguage[];
  formats: ExportFormat[];
  /** Paper of the PDFs; when missing, the company's country decides (as in the CLI). */
  paper?: PaperSize;
  /** A redline of `from` against `to` instead of the policy: DOCX with tracked changes, HTML with `<ins>`/`<del>` (other formats are refused). */
  compare?: RedlineCompare;
  /** Append the "Disclosure index" appendix to each document. */
  disclosureIndex?: boolean;
}

/** One output file: a bare file name (no folders) and its bytes or text. */
export interface ExportedFile {
  name: string;
  contents: string | Uint8Array;
}

/**
 * Produces the export files for a job, without touching the disk: the host
 * writes them (atomically, into the folder the user chose), so the same
 * runner serves the desktop app, the browser test host and the CLI. Throw
 * with a user-facing message when the export cannot be made.
 */
export type ExportRunner = (job: ExportJob) => Promise<ExportedFile[]>;
