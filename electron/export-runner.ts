import type { ExportRunner } from '../shared/host/export-runner.ts';

/**
 * Placeholder until the exporters (shared/export) are connected: the rest of
 * the export path (request validation, folder dialog, writing files) is in
 * place and tested with a fake runner. Replace this with the real runner.
 */
export const runExport: ExportRunner = async () => {
  throw new Error('Exporting is not available in this build yet.');
};
