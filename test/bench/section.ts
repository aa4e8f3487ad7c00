import { limitHeapGrowth } from '../../shared/node/heap-growth.ts';
import { SECTIONS } from './sections.ts';

/**
 * One section of `npm run bench` (run.ts), in this process alone:
 * `node --import tsx test/bench/section.ts pipeline`. Prints its figures on
 * stdout and, last, its process's peak resident set on stderr for run.ts.
 */
const name = process.argv[2];
const section = SECTIONS.find((s) => s.name === name);
if (!section) {
  console.error(`Unknown bench section "${name}": one of ${SECTIONS.map((s) => s.name).join(', ')}`);
  process.exit(2);
}
// The in-process exports run as the app's main process runs them, with its heap setting (electron/main.ts).
if (section.appMainProcess) limitHeapGrowth();
await section.run();
// getrusage's maxrss is in KiB on Linux: the largest the resident set has been.
// Exits even should a section leave a handle open (a browser that did not close).
process.stderr.write(`PEAK_RSS_BYTES ${process.resourceUsage().maxRSS * 1024}\n`, () => process.exit(process.exitCode ?? 0));
