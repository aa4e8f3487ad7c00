import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect, useRef, useState, type MouseEvent } from 'react';
import { policyExtensions } from '../../shared/document/extensions.ts';
import type { DocNode, PolicyDocument } from '../../shared/document/types.ts';
import { Find } from '../editor/find.ts';
import { REFRESH_NOTICES_EVENT, SectionControls, type SectionActions } from '../editor/section-controls.ts';
import { SYNC_META } from '../editor/section-lock.ts';
import { syncEditor } from '../editor/sync.ts';
import { t } from '../i18n/t.ts';
import { FindBar } from './FindBar.tsx';
import { FormatToolbar } from './FormatToolbar.tsx';

export interface DocumentPaneProps {
  document: PolicyDocument;
  /** Changes whenever the project changed other than by typing in the document (form, undo, customize, open). */
  revision: number;
  actions: SectionActions;
  /** The user edited customized or custom sections; `sections` is the editor's whole content. */
  onSectionsEdited(sections: DocNode[]): void;
  /** A link was activated with Ctrl/Cmd held: open it outside the app (the host checks it). */
  onOpenLink(href: string): void;
  /** Bumped by Ctrl/Cmd+F and the Find menu command: opens the find bar (or focuses it again). 0: never asked. */
  findRequest: number;
  /** The user's own sections (any value that changes with them): when it changes, each section looks at its notices again. */
  userSections?: unknown;
}

/** The policy in the document pane: TipTap with the shared extension list, live-updated from the form. */
export function DocumentPane({ document, revision, actions, onSectionsEdited, onOpenLink, findRequest, userSections }: DocumentPaneProps) {
  const actionsRef = useRef(actions);
  actionsRef.current = actions;
  const editedRef = useRef(onSectionsEdited);
  editedRef.current = onSectionsEdited;

  const editor = useEditor({
    extensions: [...policyExtensions, SectionControls.configure({ actions: () => actionsRef.current }), Find],
    // Only the first section: TipTap draws the initial content up to three times (the view, its plugins, React's node views),
    // which for a large project's 500-row tables was a third of opening it. The sync below then draws the whole document once.
    content: { ...document, content: document.content.slice(0, 1) },
    // TipTap's own stylesheet is an inline <style>, which the CSP refuses; styles.css covers it.
    injectCSS: false,
    editorProps: { attributes: { class: 'ps-document', 'aria-label': t('doc.label'), lang: document.attrs.lang } },
    onUpdate: ({ editor: e, transaction }) => {
      if (transaction.getMeta(SYNC_META) === true) return;
      editedRef.current((e.getJSON().content ?? []) as DocNode[]);
    },
  });

  const syncedRevision = useRef(revision);
  // Whether the editor holds the whole document yet (see `content` above).
  const filled = useRef(false);
  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    syncEditor(editor, document, { includeUserSections: syncedRevision.current !== revision || !filled.current });
    filled.current = true;
    syncedRevision.current = revision;
    editor.view.dom.setAttribute('lang', document.attrs.lang);
  }, [editor, document, revision]);

  // After the sync above: a section another language's edit flagged (or a translation marked done) shows it, though its own content is unchanged.
  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    editor.view.dom.querySelectorAll(':scope > section').forEach((section) => section.dispatchEvent(new Event(REFRESH_NOTICES_EVENT)));
  }, [editor, userSections]);

  const [findOpen, setFindOpen] = useState(false);
  useEffect(() => {
    if (findRequest > 0) setFindOpen(true);
  }, [findRequest]);
  const handleCloseFind = () => {
    setFindOpen(false);
    editor?.commands.focus();
  };

  // Links in the document never navigate the app: a plain click only places the cursor,
  // Ctrl/Cmd+click asks the host to open http(s) links in the user's browser.
  const handleClick = (event: MouseEvent) => {
    const anchor = (event.target as HTMLElement).closest('a');
    if (!anchor) return;
    event.preventDefault();
    if (event.ctrlKey || event.metaKey) {
      const href = anchor.getAttribute('href');
      if (href) onOpenLink(href);
    }
  };

  return (
    <div className="ps-document-pane">
      {editor && <FormatToolbar editor={editor} />}
      <div className="ps-document-stage">
        {editor && findOpen && <FindBar editor={editor} focusRequest={findRequest} onClose={handleCloseFind} />}
        <div className="ps-document-scroll" onClickCapture={handleClick} onAuxClickCapture={handleClick}>
          <EditorContent editor={editor} />
        </div>
      </div>
    </div>
  );
}
