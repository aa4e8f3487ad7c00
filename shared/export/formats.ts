/** Export formats, in the order the export dialog and the CLI list them. */
export const EXPORT_FORMATS = ['html', 'fragment', 'md', 'docx', 'pdf'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}

/** `privacy-policy.<lang>.<ext>`; fragments are `.fragment.html`. */
export function exportFileName(lang: string, format: ExportFormat): string {
  const ext = format === 'fragment' ? 'fragment.html' : format;
  return `privacy-policy.${lang}.${ext}`;
}
