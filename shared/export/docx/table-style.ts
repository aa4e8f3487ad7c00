import { ImportedXmlComponent } from 'docx';

const border = (side: string): string => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/>`;

/**
 * Word's built-in "Table Grid" table style (thin borders on every cell,
 * no spacing after paragraphs), written out because docx has no builder
 * for table styles. A client's template that defines its own Table Grid
 * replaces it, and every table changes with it.
 */
export function tableGridStyle(): ImportedXmlComponent {
  return ImportedXmlComponent.fromXmlString(
    '<w:style w:type="table" w:styleId="TableGrid">' +
      '<w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="39"/>' +
      '<w:pPr><w:spacing w:before="40" w:after="40" w:line="252" w:lineRule="auto"/></w:pPr>' +
      '<w:tblPr>' +
      '<w:tblBorders>' +
      ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('') +
      '</w:tblBorders>' +
      '<w:tblCellMar><w:top w:w="57" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="57" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar>' +
      '</w:tblPr>' +
      '</w:style>',
  );
}
