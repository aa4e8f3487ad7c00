/**
 * `npm run check:starters` (part of `npm test`): every starter, in every
 * language it lists, states every item each law it selects requires
 * (shared/laws, shared/checks/checklist.ts). Prints N/M per law and each
 * missing item; exits 1 when anything is missing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checks } from '../shared/checks/checklist.ts';
import { parseProjectFile } from '../shared/model/project-file.ts';
import { nodeEnv } from '../shared/node/env.ts';
import { TEMPLATES_DIR } from '../shared/node/template-files.ts';
import { generatePolicy } from '../shared/pipeline.ts';

const folder = join(TEMPLATES_DIR, 'starters');
let missing = 0;
for (const file of readdirSync(folder).filter((f) => f.endsWith('.policy')).sort()) {
  const parsed = parseProjectFile(readFileSync(join(folder, file), 'utf8'));
  if (!parsed.ok) {
    console.log(`${file}: does not validate: ${parsed.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
    missing++;
    continue;
  }
  for (const lang of parsed.project.languages) {
    const { document } = generatePolicy(parsed.project, lang, nodeEnv);
    const list = checks(parsed.project, document);
    console.log(`${file} (${lang}): ${list.laws.map((l) => `${l.law} ${l.stated}/${l.required}`).join(', ')}`);
    for (const law of list.laws) {
      for (const item of law.items) {
        if (item.status !== 'missing') continue;
        missing++;
        console.log(`  missing ${law.law} ${item.article}: ${item.description}${item.path ? ` (${item.path}: ${item.enter})` : ''}`);
      }
    }
  }
}
console.log(missing === 0 ? 'check:starters: every required item is stated' : `check:starters: ${missing} required item(s) missing`);
process.exit(missing === 0 ? 0 : 1);
