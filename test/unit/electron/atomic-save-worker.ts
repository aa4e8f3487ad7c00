/**
 * Child process of the kill test: saves the two versions in `a` and `b`
 * alternately to `target` with the app's atomic write, forever, until the
 * test kills it. Prints "ready" once it is about to start writing.
 */
import { readFileSync } from 'node:fs';
import { writeFileAtomic } from '../../../shared/node/files/atomic-write.ts';

const [target, a, b] = process.argv.slice(2);
if (!target || !a || !b) throw new Error('usage: atomic-save-worker <target> <version-a> <version-b>');
const versions = [readFileSync(a, 'utf8'), readFileSync(b, 'utf8')] as const;
process.stdout.write('ready\n');
for (let i = 1; ; i++) {
  await writeFileAtomic(target, versions[i % 2] ?? '');
}
