import type { Document } from 'docx';

/** What `docx`'s body asks for the bookmark id of its n-th listed heading (its `HeadingBookmarkIds`). */
interface HeadingBookmarkIds {
  get(index: number): number;
}

/**
 * Numbers the bookmarks the table of contents puts on the headings from
 * `firstId` in each file (`_Toc<firstId>`, then one more per heading).
 * `docx` draws them from one counter for the whole process, so the app's
 * second export of the same policy named them differently from its first
 * (`_Toc15…` after `_Toc1…`): the same project must give the same file, as a
 * consultant who keeps exports under version control expects. Word wants the
 * id of every annotation unique, bookmarks and tracked changes alike, so
 * `firstId` is the first id no tracked change took. The table of contents is
 * the only thing in our documents that makes bookmarks.
 */
export function numberHeadingBookmarks(file: Document, firstId: number): void {
  const body: unknown = file.Document.View.Body;
  const holder = body as { headingBookmarkIds?: Partial<HeadingBookmarkIds> };
  // Left as `docx` has it should a later version keep the ids otherwise: unique still, only not the same each time.
  if (typeof holder.headingBookmarkIds?.get !== 'function') return;
  const ids: HeadingBookmarkIds = { get: (index) => firstId + index };
  Object.defineProperty(body, 'headingBookmarkIds', { value: ids, configurable: true, writable: true });
}
