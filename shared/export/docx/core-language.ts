import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';

/**
 * Adds the document language to the file's properties (`dc:language` in
 * docProps/core.xml), which the `docx` package does not write: Word and
 * document management systems show it, and search indexes use it. fflate is
 * the zip library `docx` itself is built on.
 */
export function withCoreLanguage(bytes: Uint8Array, languageTag: string): Uint8Array {
  const files = unzipSync(bytes);
  const core = files['docProps/core.xml'];
  if (!core) throw new Error('DOCX export: the package has no docProps/core.xml');
  const xml = strFromU8(core);
  if (!xml.includes('</cp:coreProperties>')) throw new Error('DOCX export: docProps/core.xml is not a core-properties part');
  files['docProps/core.xml'] = strToU8(xml.replace('</cp:coreProperties>', `<dc:language>${languageTag}</dc:language></cp:coreProperties>`));
  // [Content_Types].xml must stay the first entry of the package, as Word and validators expect.
  const ordered: Zippable = {};
  for (const name of Object.keys(files)) ordered[name] = files[name]!;
  return zipSync(ordered, { level: 6 });
}
