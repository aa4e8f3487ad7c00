const border = (side: string): string => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/>`;

/**
 * A styles part holding Word's built-in "Table Grid" table style (thin
 * borders on every cell, 10 pt text, little spacing around cell paragraphs), given to
 * docx as `externalStyles` because docx has no builder for table styles;
 * docx adds its default and our paragraph styles to it. A client's
 * template that defines its own Table Grid restyles every table.
 */
export function tableGridStylesXml(): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:styles xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" mc:Ignorable="w14 w15">' +
    '<w:style w:type="table" w:styleId="TableGrid">' +
    '<w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="39"/>' +
    '<w:pPr><w:spacing w:before="40" w:after="40" w:line="252" w:lineRule="auto"/></w:pPr>' +
    '<w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr>' +
    '<w:tblPr>' +
    '<w:tblBorders>' +
    ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('') +
    '</w:tblBorders>' +
    '<w:tblCellMar><w:top w:w="57" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="57" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar>' +
    '</w:tblPr>' +
    '</w:style>' +
    '</w:styles>'
  );
}
