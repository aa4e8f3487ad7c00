// Run by heap-growth.test.ts in a process of its own: `limit` applies limitHeapGrowth first. Prints the largest the heap became.
import { limitHeapGrowth } from '../../../shared/node/heap-growth.ts';

if (process.argv[2] === 'limit') limitHeapGrowth();
// A steady live set, as the app's own state, and batches that each live a while and go, as an export's documents do.
const kept = Array.from({ length: 300_000 }, (_, j) => ({ j, text: `kept ${j}` }));
const recent: object[][] = [];
let largest = 0;
for (let i = 0; i < 300; i++) {
  recent.push(Array.from({ length: 20_000 }, (_, j) => ({ i, j, text: `batch ${j}` })));
  if (recent.length > 4) recent.shift();
  largest = Math.max(largest, process.memoryUsage().heapTotal);
}
process.stdout.write(JSON.stringify({ largest, kept: kept.length }));
