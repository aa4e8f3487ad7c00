import { fileURLToPath } from 'node:url';

const PRELOAD = fileURLToPath(new URL('./peak-rss-preload.cjs', import.meta.url));
const PEAK = /^@peak-rss-kib (\d+)$/m;

/**
 * The environment for a Node process whose peak memory the bench reads: the
 * preload prints it on stderr as the process exits. Only Node's own resident
 * set: a browser it starts (the PDF's print engine) is a process of its own.
 */
export function peakRssEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return { ...env, NODE_OPTIONS: `${env.NODE_OPTIONS ?? ''} --require ${JSON.stringify(PRELOAD)}`.trim() };
}

/** The peak resident set in bytes printed by the preload, or undefined where it printed none. */
export function peakRssOf(stderr: string): number | undefined {
  const found = PEAK.exec(stderr);
  return found ? Number(found[1]) * 1024 : undefined;
}
