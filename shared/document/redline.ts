/**
 * The two marks of a redline (shared/export/redline): what the newer version
 * added and what it removed. Names only, so exporters and text helpers need
 * no editor code; the TipTap marks are in redline-marks.ts.
 */

/** Mark type of text a redline shows as added by the newer version. */
export const INSERTION_MARK = 'redlineInsertion';
/** Mark type of text a redline shows as removed from the older version. */
export const DELETION_MARK = 'redlineDeletion';

/** What a redline mark says about its text. */
export type RedlineChange = 'insertion' | 'deletion';

/** The change a mark type stands for, or undefined for any other mark. */
export function redlineChangeOf(markType: string): RedlineChange | undefined {
  if (markType === INSERTION_MARK) return 'insertion';
  if (markType === DELETION_MARK) return 'deletion';
  return undefined;
}
