/**
 * Page geometry in twips (1/20 pt): A4 with 2.5 cm side margins, the paper
 * and margins of the regions our document languages are written for. Tables
 * and tab stops are sized from the text width, so they live in one place.
 */
export const PAGE = {
  width: 11906,
  height: 16838,
  marginTop: 1418,
  marginBottom: 1418,
  marginSide: 1417,
  header: 709,
  footer: 709,
} as const;

/** Width of the text area between the side margins, in twips. */
export const TEXT_WIDTH = PAGE.width - 2 * PAGE.marginSide;
