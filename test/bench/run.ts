import { relative } from 'node:path';
import { buildCli, CLI_BUNDLE } from '../../scripts/build-cli.ts';
import { benchEditor } from './editor.bench.ts';
import { benchExport } from './export.bench.ts';
import { benchPipeline } from './pipeline.bench.ts';
import { benchPrint } from './print.bench.ts';
import { mib } from './stats.ts';

const peakRss = (): string => mib(process.resourceUsage().maxRSS * 1024);

/**
 * `npm run bench`: prints figures for the speed targets. Nothing is asserted:
 * timings on a shared machine vary too much for a pass/fail line.
 */
const sections: { name: string; run: () => Promise<void> }[] = [
  { name: 'Pipeline', run: benchPipeline },
  { name: 'Export (DOCX vs pandoc, every language × format)', run: benchExport },
  { name: 'Print (every format, two and every language, PDFs in parallel pages of one browser)', run: benchPrint },
  { name: 'Editor (large project in Chromium: keystroke → document, initial JavaScript)', run: benchEditor },
];

// The whole-process figures are of the CLI as installed: the bundle, built afresh from the sources as they are now
// (bin/policy-studio.mjs would otherwise run the sources through tsx whenever one is newer than the bundle).
const inputs = await buildCli();
console.log(`Built ${relative(process.cwd(), CLI_BUNDLE)} from ${inputs.length} sources for the whole-process figures`);

// Peak memory is the process's resident set at its largest (getrusage), which only grows: printed after each
// section, it is the peak of everything run so far. The CLI processes a section starts are not counted in it.
for (const section of sections) {
  console.log(`\n== ${section.name} ==`);
  await section.run();
  console.log(`  (peak memory of the bench so far, RSS: ${peakRss()})`);
}
console.log(`\nPeak memory of the whole bench (RSS): ${peakRss()} (target ≤ 300 MiB)`);
