/**
 * Raised when the DOCX exporter meets a node or mark type it has no writer
 * for. Exporting must never drop a user's content silently, so an unknown
 * type stops the export and names what is missing.
 */
export class UnknownNodeError extends Error {
  constructor(kind: 'node' | 'mark', type: string, where: string) {
    super(`DOCX export has no writer for ${kind} type "${type}" (in ${where})`);
    this.name = 'UnknownNodeError';
  }
}
