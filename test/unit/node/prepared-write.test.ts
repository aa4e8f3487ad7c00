import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepareFileWrite } from '../../../shared/node/files/atomic-write.ts';

/** The two halves of an atomic write, for a set of files that are all replaced or none. */
describe('prepareFileWrite', () => {
  const folder = () => mkdtempSync(join(tmpdir(), 'prepared-write-'));

  it('leaves the file as it was until commit, then replaces it with no temporary file left', async () => {
    const dir = folder();
    const file = join(dir, 'privacy-policy.en.md');
    writeFileSync(file, 'old');
    const prepared = await prepareFileWrite(file, 'new', { keepBackup: false });
    expect(readFileSync(file, 'utf8')).toBe('old');
    expect(readdirSync(dir).length).toBe(2);
    await prepared.commit();
    expect(readFileSync(file, 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['privacy-policy.en.md']);
  });

  it('discard leaves the file and the folder as they were', async () => {
    const dir = folder();
    const file = join(dir, 'privacy-policy.en.pdf');
    writeFileSync(file, 'old');
    const prepared = await prepareFileWrite(file, new Uint8Array([1, 2, 3]));
    await prepared.discard();
    expect(readFileSync(file, 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['privacy-policy.en.pdf']);
  });

  it('a new file does not exist before commit', async () => {
    const dir = folder();
    const file = join(dir, 'privacy-policy.sv.html');
    const prepared = await prepareFileWrite(file, '<p>ny</p>');
    expect(existsSync(file)).toBe(false);
    await prepared.commit();
    expect(readFileSync(file, 'utf8')).toBe('<p>ny</p>');
  });
});
