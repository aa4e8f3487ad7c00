import type { Document, IContext, IXmlableObject } from 'docx';

/**
 * Formats the document's styles once per export instead of three times.
 * With page numbers filled in, `docx` formats the whole styles part to read
 * the paragraph styles when it fills the table of contents, again when it
 * numbers the SEQ fields, and a third time to write `word/styles.xml`: a few
 * hundred components each time, milliseconds in a one-shot CLI that runs
 * without the optimizing compiler. The formatted styles depend only on the
 * styles themselves (numbering in them is a `{reference-instance}`
 * placeholder the packer replaces in the text, and creating a list's
 * numbering instance again does nothing), and every reader only reads them,
 * so the first result serves all three.
 */
export function formatStylesOnce(file: Document): void {
  const styles = file.Styles;
  const prepForXml = styles.prepForXml.bind(styles);
  let formatted: IXmlableObject | undefined;
  // An own property, which `docx`'s calls (`file.Styles.prepForXml(context)`) find before the class's method.
  Object.defineProperty(styles, 'prepForXml', {
    value: (context: IContext): IXmlableObject | undefined => (formatted ??= prepForXml(context)),
    configurable: true,
    writable: true,
  });
}
