import { setFlagsFromString } from 'node:v8';

/**
 * The old generation may grow by half after each full collection, instead
 * of V8's default of up to four times. What an export keeps alive is small
 * beside what it throws away: twelve languages of the large project allocate
 * about 700 MB, much of it living long enough to be promoted (a language's
 * document, its DOCX tree, a page's HTML), while under 60 MB is live at any
 * time. By default the heap grew to 160 MB, mostly garbage, before it was
 * collected; the process peaked at 268–291 MiB, and at 200–220 with this
 * (same export, several runs each), for a few more full collections of that
 * small live set (about 20 ms each).
 */
export const HEAP_GROWTH_FLAG = '--heap-growing-percent=50';

/**
 * Applies `HEAP_GROWTH_FLAG` to this process. V8 reads it at each full
 * collection, so it takes effect whenever it is set. For the app's main
 * process, where exports run for as long as the app is open; the CLI's
 * commands are over too soon for the heap to grow much.
 */
export function limitHeapGrowth(): void {
  setFlagsFromString(HEAP_GROWTH_FLAG);
}
