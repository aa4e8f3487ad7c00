import { z } from 'zod';

/**
 * Imported first by the CLI (main.ts), before any module that builds a
 * schema: zod reads `jitless` when each object schema is constructed, not
 * when it parses, and the bundle builds the project schema as it loads.
 * Set from runCli instead, it came too late and every object schema still
 * compiled a fast path (new Function, which V8's code cache cannot hold) on
 * its first parse.
 *
 * A command validates a project once or twice: zod compiling a fast path per
 * object schema costs more than it saves there, the more so with V8's
 * optimizing compiler off (bin/cli-bundle.cjs). The same checks, the same
 * results; the app, which runs for hours, keeps the fast paths.
 */
z.config({ jitless: true });
