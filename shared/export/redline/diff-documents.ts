import type { PolicyDocument } from '../../document/types.ts';
import { diffBlocks } from './block-diff.ts';

/**
 * The redline of two versions of a policy: one document holding both, whose
 * text carries the `redlineInsertion` and `redlineDeletion` marks
 * (shared/document/redline-marks.ts). Sections and clauses are aligned by
 * their ids, the blocks inside by content; paragraphs and list items show
 * the words that changed, tables the rows added or removed and, in an edited
 * row, the words that changed in each cell. Accepting every change gives
 * `after`; rejecting every change gives `before`. Pure; the editor, the DOCX
 * and the HTML redline all show this one result.
 */
export function diffDocuments(before: PolicyDocument, after: PolicyDocument): PolicyDocument {
  return { ...after, content: diffBlocks(before.content, after.content) };
}
