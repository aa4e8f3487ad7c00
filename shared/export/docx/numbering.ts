import { AlignmentType, LevelFormat, type ILevelsOptions, type NumberingDefinition } from 'docx';

/** Numbering references used by list and heading paragraphs. */
export const BULLET_LIST = 'bullet-list';
export const ORDERED_LIST = 'ordered-list';
export const HEADING_NUMBERS = 'heading-numbers';

/** Word allows nine list levels (0–8); deeper nesting stays at the last. */
export const MAX_LIST_LEVEL = 8;

/** Indent per list level, in twips (1.27 cm, Word's own step). */
export const LIST_INDENT = 720;
/** Room for the bullet or number before a list item's text, in twips. */
export const LIST_HANGING = 360;

const BULLETS = ['\u2022', '\u25E6', '\u25AA'] as const;
const ORDERED_FORMATS = [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN] as const;

function indentFor(level: number): ILevelsOptions['style'] {
  return { paragraph: { indent: { left: LIST_INDENT * (level + 1), hanging: LIST_HANGING } } };
}

function levels(make: (level: number) => Omit<ILevelsOptions, 'level'>): ILevelsOptions[] {
  return Array.from({ length: MAX_LIST_LEVEL + 1 }, (_, level) => ({ level, ...make(level) }));
}

/** Bullets for nested bullet lists: •, ◦, ▪ repeating by depth, indented a step per level. */
export function bulletListNumbering(): NumberingDefinition {
  return {
    reference: BULLET_LIST,
    levels: levels((level) => ({
      format: LevelFormat.BULLET,
      text: BULLETS[level % BULLETS.length],
      alignment: AlignmentType.LEFT,
      style: indentFor(level),
    })),
  };
}

/**
 * Numbers for nested ordered lists: 1., a., i. repeating by depth. A list
 * that starts elsewhere than 1 (`<ol start>`) gets a definition of its own,
 * with that start at its level.
 */
export function orderedListNumbering(startLevel = 0, start = 1): NumberingDefinition {
  return {
    reference: start === 1 ? ORDERED_LIST : `${ORDERED_LIST}-${startLevel}-from-${start}`,
    levels: levels((level) => ({
      format: ORDERED_FORMATS[level % ORDERED_FORMATS.length],
      text: `%${level + 1}.`,
      alignment: AlignmentType.LEFT,
      start: level === startLevel ? start : 1,
      style: indentFor(level),
    })),
  };
}

/** "1.", "1.1." numbers for Heading1 and Heading2, tied to those styles, for the `numberedHeadings` option. */
export function headingNumbering(): NumberingDefinition {
  return {
    reference: HEADING_NUMBERS,
    levels: [
      { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT, style: { style: 'Heading1', paragraph: { indent: { left: 567, hanging: 567 } } } },
      { level: 1, format: LevelFormat.DECIMAL, text: '%1.%2.', alignment: AlignmentType.LEFT, style: { style: 'Heading2', paragraph: { indent: { left: 567, hanging: 567 } } } },
    ],
  };
}
