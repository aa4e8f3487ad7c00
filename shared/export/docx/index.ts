/** Word (DOCX) export of a policy document. */
export { exportDocx, type DocxExportOptions } from './export-docx.ts';
export { UnknownNodeError } from './unknown-node-error.ts';
