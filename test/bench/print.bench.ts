import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BundleRequest } from '../../shared/export/bundle.ts';
import { EXPORT_FORMATS } from '../../shared/export/formats.ts';
import { DOCUMENT_LANGUAGES, type DocumentLanguage } from '../../shared/model/languages.ts';
import { serializeProject } from '../../shared/model/project-file.ts';
import { findPrintEngine } from '../../shared/node/chromium-path.ts';
import { nodeEnv } from '../../shared/node/env.ts';
import { stageExport } from '../../shared/node/export-folder.ts';
import { nodeWriters } from '../../shared/node/writers.ts';
import { largeProject } from './large-project.ts';
import { peakRssEnv, peakRssOf } from './process-peak.ts';
import { collect, fmt, median, mib } from './stats.ts';

const CLI = join(resolve(import.meta.dirname, '../..'), 'bin/policy-studio.cjs');

/** The languages whose templates load: those another language's work has not finished yet are left out, and said so. */
function availableLanguages(): DocumentLanguage[] {
  return DOCUMENT_LANGUAGES.filter((lang) => {
    try {
      nodeEnv.languagePack(lang);
      return true;
    } catch {
      return false;
    }
  });
}

/**
 * Issue "Exports fast and print-perfect": every format of the large project
 * for two languages and for every available language, PDFs printed in
 * parallel tabs of one browser (one print each, the contents' page numbers
 * written into the printed PDF; the tabs reused from language to language),
 * in-process with the browser already running and
 * as a whole `policy-studio export` process. Time should grow at most
 * linearly with the number of languages. In-process, the files are written
 * into a folder as the CLI writes them (stageExport), each let go once on
 * disk.
 */
export async function benchPrint(): Promise<void> {
  if (!findPrintEngine()) {
    console.log('  No Chromium: nothing to print');
    return;
  }
  const project = largeProject();
  const dir = mkdtempSync(join(tmpdir(), 'bench-print-'));
  const writers = nodeWriters();
  /**
   * Each in-process export starts from a settled heap, as a user's export
   * starts from the app at rest (outside the time measured). Node collects
   * nothing while idle (the heap still held an export's 80 MB of garbage 16 s
   * after it), so back to back each run would begin with the last one's
   * garbage and grow the heap from there (336–352 MiB of this section's peak
   * in three runs). From a settled heap the peak still varies with when the
   * collections fall: 263–335 MiB in five runs, the twelve-language export's.
   */
  const settle = (): boolean => collect();
  const exportBundle = async (request: BundleRequest): Promise<void> => {
    await (await stageExport(request, join(dir, 'in-process'))).commit();
  };
  try {
    const all = availableLanguages();
    const missing = DOCUMENT_LANGUAGES.filter((l) => !all.includes(l));
    const sets: DocumentLanguage[][] = [['en', 'sv'], all];
    // Warm up: start the browser, load the writers.
    await exportBundle({ project, langs: ['en'], formats: ['pdf', 'docx'], env: nodeEnv, writers });
    for (const langs of sets) {
      const runs: number[] = [];
      for (let i = 0; i < 2; i++) {
        settle();
        const t0 = performance.now();
        await exportBundle({ project: { ...project, languages: langs }, langs, formats: [...EXPORT_FORMATS], env: nodeEnv, writers });
        runs.push(performance.now() - t0);
      }
      const perLanguage = median(runs) / langs.length;
      console.log(`  in-process, ${langs.join(' + ')} × ${EXPORT_FORMATS.join(', ')}: median ${fmt(median(runs))} (${fmt(perLanguage)} per language)`);
    }
    if (missing.length) console.log(`    (no templates yet for ${missing.join(', ')}: left out)`);
    const pdfOnly: number[] = [];
    for (let i = 0; i < 2; i++) {
      settle();
      const t0 = performance.now();
      await exportBundle({ project, langs: ['en', 'sv'], formats: ['pdf'], env: nodeEnv, writers });
      pdfOnly.push(performance.now() - t0);
    }
    console.log(`  in-process PDF alone, en + sv (one print each, in parallel): median ${fmt(median(pdfOnly))}`);
    // How many pages print at once pays on this machine: four languages' PDFs, so that 3 has a third to print beside two others.
    const four = all.filter((l) => ['en', 'sv', 'de', 'fr'].includes(l));
    const byParallel: string[] = [];
    for (const pdfParallel of [1, 2, 3]) {
      settle();
      const t0 = performance.now();
      await exportBundle({ project: { ...project, languages: four }, langs: four, formats: ['pdf'], env: nodeEnv, writers, pdfParallel });
      byParallel.push(`${pdfParallel}: ${fmt(performance.now() - t0)}`);
    }
    console.log(`  in-process PDF alone, ${four.join(' + ')}, by pages printing at once (pdfParallel): ${byParallel.join(', ')}`);

    const file = join(dir, 'large.policy');
    writeFileSync(file, serializeProject(project));
    const whole: number[] = [];
    const peaks: number[] = [];
    for (let i = 0; i < 6; i++) {
      const t0 = performance.now();
      const run = spawnSync(process.execPath, [CLI, 'export', file, '--lang', 'en,sv', '--format', EXPORT_FORMATS.join(','), '--out', join(dir, 'out'), '--allow-untranslated'], { encoding: 'utf8', env: peakRssEnv() });
      if (run.status !== 0) throw new Error(`policy-studio export failed: ${run.stderr}`);
      if (i > 0) whole.push(performance.now() - t0);
      peaks.push(peakRssOf(run.stderr) ?? NaN);
    }
    console.log(`  whole process, policy-studio export --lang en,sv --format ${EXPORT_FORMATS.join(',')}: median ${fmt(median(whole))} (min ${fmt(Math.min(...whole))}, max ${fmt(Math.max(...whole))}, ${whole.length} runs; target ≤ 2 s); the CLI's peak memory (RSS) ${mib(Math.max(...peaks))}`);
    // Every language × every format as one process: the project lists every language, as a company publishing in all of them would.
    const everyFile = join(dir, 'large-every-language.policy');
    writeFileSync(everyFile, serializeProject({ ...project, languages: all }));
    const wholeAll: number[] = [];
    const peaksAll: number[] = [];
    for (let i = 0; i < 2; i++) {
      const t0 = performance.now();
      const run = spawnSync(process.execPath, [CLI, 'export', everyFile, '--lang', all.join(','), '--format', EXPORT_FORMATS.join(','), '--out', join(dir, 'out-all'), '--allow-untranslated'], { encoding: 'utf8', env: peakRssEnv() });
      if (run.status !== 0) throw new Error(`policy-studio export (every language) failed: ${run.stderr}`);
      wholeAll.push(performance.now() - t0);
      peaksAll.push(peakRssOf(run.stderr) ?? NaN);
    }
    console.log(`  whole process, policy-studio export --lang ${all.join(',')} --format ${EXPORT_FORMATS.join(',')} (${all.length} languages): median ${fmt(median(wholeAll))} (${fmt(median(wholeAll) / all.length)} per language, 2 runs); the CLI's peak memory (RSS) ${mib(Math.max(...peaksAll))}`);
  } finally {
    await writers.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
