import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { z } from 'zod';
import { parseProjectFile } from '../../model/index.ts';
import type { ListStartersResult, NewFromStarterResult, StarterInfo } from '../../host/api.ts';
import { describeFileError } from './file-errors.ts';

const starterEntry = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/),
  /** A file name inside the starters folder; never a path, so an index cannot point outside it. */
  file: z.string().refine((f) => f === basename(f) && f.endsWith('.policy') && !f.startsWith('.'), {
    error: 'expected a .policy file name in the starters folder',
  }),
  title: z.string().min(1),
  description: z.string(),
});

const starterIndex = z.union([z.array(starterEntry), z.object({ starters: z.array(starterEntry) }).transform((o) => o.starters)]);

type StarterEntry = z.infer<typeof starterEntry>;
type IndexResult = { ok: true; entries: StarterEntry[] } | { ok: false; message: string };

/** Starter projects shipped with the app. */
export interface Starters {
  list(): Promise<Extract<ListStartersResult, { ok: true } | { kind: 'unavailable' }>>;
  create(id: string): Promise<Extract<NewFromStarterResult, { ok: true } | { kind: 'not-found' | 'unavailable' | 'invalid' }>>;
}

function toInfo(entry: StarterEntry): StarterInfo {
  return { id: entry.id, title: entry.title, description: entry.description };
}

/**
 * Reads the starter projects from `folder` (`templates/starters/` in the
 * source tree, copied next to the built app): `index.json` lists them, each
 * is a `.policy` file validated like any project a user opens.
 */
export function createStarters(folder: string): Starters {
  async function readIndex(): Promise<IndexResult> {
    const file = join(folder, 'index.json');
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      return { ok: false, message: `The starter projects are missing from this installation. ${describeFileError(error, file, 'read')}` };
    }
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      return { ok: false, message: 'The list of starter projects (index.json) is damaged: it is not valid JSON.' };
    }
    const parsed = starterIndex.safeParse(raw);
    if (!parsed.success) return { ok: false, message: `The list of starter projects (index.json) is damaged: ${z.prettifyError(parsed.error)}` };
    return { ok: true, entries: parsed.data };
  }

  async function handleList(): ReturnType<Starters['list']> {
    const index = await readIndex();
    if (!index.ok) return { ok: false, kind: 'unavailable', message: index.message };
    return { ok: true, starters: index.entries.map(toInfo) };
  }

  async function handleCreate(id: string): ReturnType<Starters['create']> {
    const index = await readIndex();
    if (!index.ok) return { ok: false, kind: 'unavailable', message: index.message };
    const entry = index.entries.find((e) => e.id === id);
    if (!entry) return { ok: false, kind: 'not-found', message: `There is no starter project "${id}".` };
    const file = join(folder, entry.file);
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      return { ok: false, kind: 'unavailable', message: `The starter "${entry.title}" is missing from this installation. ${describeFileError(error, file, 'read')}` };
    }
    const parsed = parseProjectFile(text);
    if (!parsed.ok) return { ok: false, kind: 'invalid', message: `The starter "${entry.title}" is damaged.`, errors: parsed.errors };
    return { ok: true, starter: toInfo(entry), project: parsed.project };
  }

  return { list: handleList, create: handleCreate };
}
