import type { SectionCache } from '../../shared/document/build-document.ts';
import { nodeEnv } from '../../shared/node/env.ts';
import { generatePolicy } from '../../shared/pipeline.ts';
import { largeProject } from './large-project.ts';
import { fmt, median, mib, time } from './stats.ts';

/** Issue "Policy core": plan + render + document of the large project, one language; target ≤ 20 ms median. */
export async function benchPipeline(): Promise<void> {
  const project = largeProject();
  console.log(`Large project: ${project.activities.length} activities, ${project.recipients.length} recipients, ${project.cookies.length} cookies, ${project.dataCategories.length} data categories, ${project.jurisdictions.length} jurisdictions`);
  for (const lang of project.languages) {
    const full = await time(() => generatePolicy(project, lang, nodeEnv), 30, 5);
    console.log(`  plan + render + document (${lang}): median ${fmt(median(full))} (min ${fmt(Math.min(...full))}, target ≤ 20 ms)`);
  }
  // The live preview keeps a cache of converted sections: a keystroke re-renders, only changed sections convert again.
  const cache: SectionCache = new Map();
  let n = 0;
  const edit = await time(() => {
    const edited = { ...project, company: { ...project.company, legalName: `Nordlys Software AB ${n++}` } };
    generatePolicy(edited, 'en', nodeEnv, cache);
  }, 30, 5);
  console.log(`  after an edit of the company name, with the section cache (en): median ${fmt(median(edit))}`);
  console.log(`  peak memory (RSS): ${mib(process.resourceUsage().maxRSS * 1024)}`);
}
