import { escapeHtml } from '../../render/escape.ts';

/** The file properties Word shows under File › Info, and document management systems index. */
export interface CoreProperties {
  title: string;
  subject: string;
  creator: string;
  description: string;
  /** The document language, such as "sv-SE". */
  language: string;
  /** When the file was made, as an ISO date-time. */
  created: string;
}

/**
 * `docProps/core.xml` as the `docx` package writes it, plus the document
 * language (`dc:language`), which it has no option for. Given to the packer
 * as an override of that part, so the package is zipped once, rather than
 * unzipped and zipped again to add the language.
 */
export function corePropertiesXml(p: CoreProperties): string {
  const x = escapeHtml;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${x(p.title)}</dc:title><dc:subject>${x(p.subject)}</dc:subject><dc:creator>${x(p.creator)}</dc:creator>` +
    `<dc:description>${x(p.description)}</dc:description><cp:lastModifiedBy>${x(p.creator)}</cp:lastModifiedBy><cp:revision>1</cp:revision>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${x(p.created)}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${x(p.created)}</dcterms:modified>` +
    `<dc:language>${x(p.language)}</dc:language></cp:coreProperties>`
  );
}
