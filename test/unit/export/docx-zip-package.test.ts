import JSZip from 'jszip';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { crc32, jsDeflateRaw, zipParts } from '../../../shared/export/docx/zip-package.ts';
import { nativeDeflateRaw } from '../../../shared/node/writers.ts';

/**
 * The Word package is zipped by our own writer (zip-package.ts), with zlib's
 * deflate in Node and fflate's elsewhere: the archive must read back part for
 * part in a ZIP library and in Info-ZIP's `unzip -t`, which checks every CRC.
 */
const parts = new Map<string, string | Uint8Array>([
  ['[Content_Types].xml', '<?xml version="1.0"?><Types/>'],
  ['word/document.xml', `<w:document>${'<w:p><w:r><w:t>Personuppgifter – åäö “quoted” 😀</w:t></w:r></w:p>'.repeat(2000)}</w:document>`],
  // Bytes that do not compress: stored as they are.
  ['word/media/noise.bin', Uint8Array.from({ length: 4096 }, (_, i) => (i * 2654435761) >>> 24)],
  ['empty.xml', ''],
]);

describe('the DOCX package writer', () => {
  it.each([['native zlib', nativeDeflateRaw], ['JavaScript', jsDeflateRaw]] as const)('writes a ZIP that reads back part for part (%s deflate)', async (_name, deflate) => {
    const bytes = zipParts(parts, deflate);
    const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
    expect(Object.keys(zip.files)).toEqual([...parts.keys()]);
    for (const [path, data] of parts) {
      const read = await zip.file(path)!.async('uint8array');
      expect(read).toEqual(typeof data === 'string' ? new TextEncoder().encode(data) : data);
    }
    // The repetitive XML is compressed well below its size.
    expect(bytes.length).toBeLessThan((parts.get('word/document.xml') as string).length / 20);
  });

  it('passes unzip -t, which checks each entry\'s CRC and sizes', () => {
    const probe = spawnSync('unzip', ['-v'], { encoding: 'utf8' });
    if (probe.error) return; // no Info-ZIP here: the JSZip check above still ran
    const dir = mkdtempSync(join(tmpdir(), 'zip-package-'));
    try {
      const file = join(dir, 'test.docx');
      writeFileSync(file, zipParts(parts, nativeDeflateRaw));
      const run = spawnSync('unzip', ['-t', file], { encoding: 'utf8' });
      expect(run.stdout).toContain('No errors detected');
      expect(run.status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('computes CRC-32 as zlib does, and native deflate gives the same CRC', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    const data = new TextEncoder().encode(parts.get('word/document.xml') as string);
    expect(nativeDeflateRaw(data).crc32).toBe(crc32(data));
  });
});
