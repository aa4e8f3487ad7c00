/**
 * The bench's sections, in the order `npm run bench` runs them, each in a
 * process of its own (section.ts). Each loads only its own modules: loading
 * every section's (vite and the browser host for the editor's, the DOCX
 * writer for the export's) took 100 MiB, which would count in every
 * section's peak memory. A section whose in-process exports stand for the
 * app's runs with the app's main process's heap setting (`appMainProcess`,
 * heap-growth.ts); its whole-process figures are the CLI's own.
 */
export const SECTIONS: readonly { name: string; title: string; run: () => Promise<void>; appMainProcess?: true }[] = [
  { name: 'pipeline', title: 'Pipeline', run: async () => (await import('./pipeline.bench.ts')).benchPipeline() },
  { name: 'scaling', title: 'Pipeline at ten times the large project', run: async () => (await import('./pipeline.bench.ts')).benchPipelineScaling() },
  { name: 'export', title: 'Export (DOCX vs pandoc, every language × format)', appMainProcess: true, run: async () => (await import('./export.bench.ts')).benchExport() },
  { name: 'print', title: 'Print (every format, two and every language, PDFs in parallel pages of one browser)', appMainProcess: true, run: async () => (await import('./print.bench.ts')).benchPrint() },
  { name: 'editor', title: 'Editor (large project in Chromium: keystroke → document, initial JavaScript)', run: async () => (await import('./editor.bench.ts')).benchEditor() },
];
