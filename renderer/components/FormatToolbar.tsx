import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { useState, type FormEvent } from 'react';
import { isAllowedLink } from '../editor/links.ts';
import { isEditableRange } from '../editor/section-lock.ts';
import { t } from '../i18n/t.ts';

/** Rich-text formatting for customized and custom sections; disabled while the cursor is in a generated one. */
export function FormatToolbar({ editor }: { editor: Editor }) {
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => {
      const { from, to } = e.state.selection;
      return {
        editable: isEditableRange(e.state.doc, from, to),
        bold: e.isActive('bold'),
        italic: e.isActive('italic'),
        h2: e.isActive('heading', { level: 2 }),
        h3: e.isActive('heading', { level: 3 }),
        bullet: e.isActive('bulletList'),
        ordered: e.isActive('orderedList'),
        link: e.isActive('link'),
      };
    },
  });
  const [linkOpen, setLinkOpen] = useState(false);
  const [href, setHref] = useState('');
  const [linkError, setLinkError] = useState<string | null>(null);
  const disabled = !state.editable;
  const chain = () => editor.chain().focus();

  const handleLink = (event: FormEvent) => {
    event.preventDefault();
    if (!isAllowedLink(href)) {
      setLinkError(t('format.linkInvalid'));
      return;
    }
    chain().extendMarkRange('link').setLink({ href: href.trim() }).run();
    setLinkOpen(false);
    setHref('');
    setLinkError(null);
  };

  // `symbol` (¶, B, I) is shown instead of the label, which then names the button; otherwise the label is the text.
  const tool = (label: string, active: boolean, run: () => void, symbol?: string) => (
    <button
      type="button"
      className={`ps-tool${active ? ' is-active' : ''}${symbol ? ` ps-tool--symbol` : ''}`}
      aria-pressed={active}
      aria-label={symbol ? label : undefined}
      title={label}
      disabled={disabled}
      onMouseDown={(e) => e.preventDefault()}
      onClick={run}
    >
      {symbol ?? label}
    </button>
  );

  return (
    <div className="ps-format-bar" role="toolbar" aria-label={t('format.label')} title={disabled ? t('format.hintLocked') : undefined}>
      {tool(t('format.paragraph'), false, () => chain().setParagraph().run(), '¶')}
      {tool(t('format.h2'), state.h2, () => chain().toggleHeading({ level: 2 }).run())}
      {tool(t('format.h3'), state.h3, () => chain().toggleHeading({ level: 3 }).run())}
      <span className="ps-tool-sep" />
      {tool(t('format.bold'), state.bold, () => chain().toggleBold().run(), 'B')}
      {tool(t('format.italic'), state.italic, () => chain().toggleItalic().run(), 'I')}
      <span className="ps-tool-sep" />
      {tool(t('format.bulletList'), state.bullet, () => chain().toggleBulletList().run())}
      {tool(t('format.orderedList'), state.ordered, () => chain().toggleOrderedList().run())}
      <span className="ps-tool-sep" />
      {tool(t('format.link'), state.link, () => setLinkOpen((o) => !o))}
      {state.link && tool(t('format.unlink'), false, () => chain().extendMarkRange('link').unsetLink().run())}
      {tool(t('format.table'), false, () => chain().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run())}
      {linkOpen && !disabled && (
        <form className="ps-link-form" onSubmit={handleLink}>
          <label>
            <span className="ps-visually-hidden">{t('format.linkPrompt')}</span>
            <input type="text" value={href} placeholder={t('format.linkPrompt')} onChange={(e) => setHref(e.target.value)} aria-invalid={linkError !== null} autoFocus />
          </label>
          <button type="submit" className="ps-button ps-button--small">
            {t('format.linkApply')}
          </button>
          {linkError && (
            <span className="ps-field-error" role="alert">
              {linkError}
            </span>
          )}
        </form>
      )}
    </div>
  );
}
