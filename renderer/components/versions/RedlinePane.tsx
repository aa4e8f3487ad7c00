import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect, type MouseEvent } from 'react';
import { policyExtensions } from '../../../shared/document/extensions.ts';
import type { PolicyDocument } from '../../../shared/document/types.ts';
import { t } from '../../i18n/t.ts';

export interface RedlinePaneProps {
  /** The newer document with the older one's removed text kept, marked `redlineInsertion` / `redlineDeletion`. */
  document: PolicyDocument;
  /** What is compared, for the pane's accessible name ("v2 compared with working copy"). */
  label: string;
}

/**
 * A redline in the document pane: the same TipTap schema as the editor (so
 * it looks like the policy), never editable. No section controls, no
 * format bar: nothing here can change the project.
 */
export function RedlinePane({ document, label }: RedlinePaneProps) {
  const editor = useEditor({
    extensions: policyExtensions,
    content: document,
    editable: false,
    injectCSS: false,
    editorProps: { attributes: { class: 'ps-document ps-redline', 'aria-label': label, 'aria-readonly': 'true', lang: document.attrs.lang } },
  });

  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    editor.commands.setContent(document, { emitUpdate: false });
    editor.view.dom.setAttribute('lang', document.attrs.lang);
    editor.view.dom.setAttribute('aria-label', label);
  }, [editor, document, label]);

  // A redline is read, not followed: links never navigate the app.
  const handleClick = (event: MouseEvent) => {
    if ((event.target as HTMLElement).closest('a')) event.preventDefault();
  };

  return (
    <div className="ps-document-pane">
      <div className="ps-redline-bar">
        <p className="ps-redline-readonly">{t('versions.compare.readOnly')}</p>
        <dl className="ps-redline-legend" aria-label={t('versions.legend')}>
          <div>
            <dt>
              <ins className="redline-insertion">abc</ins>
            </dt>
            <dd>{t('versions.legend.inserted')}</dd>
          </div>
          <div>
            <dt>
              <del className="redline-deletion">abc</del>
            </dt>
            <dd>{t('versions.legend.deleted')}</dd>
          </div>
        </dl>
      </div>
      <div className="ps-document-stage">
        <div className="ps-document-scroll" onClickCapture={handleClick} onAuxClickCapture={handleClick}>
          <EditorContent editor={editor} />
        </div>
      </div>
    </div>
  );
}
