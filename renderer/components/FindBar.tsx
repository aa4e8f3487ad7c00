import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { findKey } from '../editor/find.ts';
import { t } from '../i18n/t.ts';
import { ArrowDownIcon, ArrowUpIcon, CloseIcon } from './icons.tsx';

export interface FindBarProps {
  editor: Editor;
  /** Changes each time the user asks for Find again (Ctrl/Cmd+F, the menu): focus the field and select its text. */
  focusRequest: number;
  onClose(): void;
}

/** Longest selection taken over as the query when the bar opens. */
const MAX_SEED = 80;

/** The find bar over the document: type to highlight, Enter / Shift+Enter to step, Escape to close. */
export function FindBar({ editor, focusRequest, onClose }: FindBarProps) {
  const inputRef = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState(() => {
    const { from, to } = editor.state.selection;
    const selected = from < to ? editor.state.doc.textBetween(from, to, ' ') : '';
    return selected.length <= MAX_SEED && !selected.includes('\n') ? selected : '';
  });
  const { total, index } = useEditorState({
    editor,
    selector: ({ editor: e }) => {
      const state = findKey.getState(e.state);
      return { total: state?.matches.length ?? 0, index: state?.index ?? -1 };
    },
  });

  // A query taken over from the selection is searched for at once.
  const seeded = useRef(query);
  useEffect(() => {
    if (seeded.current) editor.commands.setFindQuery(seeded.current);
    return () => {
      if (!editor.isDestroyed) editor.commands.clearFind();
    };
  }, [editor]);

  useEffect(() => {
    inputRef.current?.focus();
    inputRef.current?.select();
  }, [focusRequest]);

  const handleKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      if (event.shiftKey) editor.commands.findPrevious();
      else editor.commands.findNext();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onClose();
    }
  };

  const status = query.trim() === '' ? '' : total === 0 ? t('find.none') : t('find.count', { current: index + 1, total });

  return (
    <div className="ps-find-bar" role="search" aria-label={t('find.label')}>
      <input
        ref={inputRef}
        type="search"
        className="ps-find-input"
        aria-label={t('find.label')}
        placeholder={t('find.placeholder')}
        value={query}
        aria-invalid={query.trim() !== '' && total === 0}
        onChange={(e) => {
          setQuery(e.target.value);
          editor.commands.setFindQuery(e.target.value);
        }}
        onKeyDown={handleKeyDown}
      />
      <span className="ps-find-count" role="status" aria-live="polite">
        {status}
      </span>
      <button type="button" className="ps-icon-button" aria-label={t('find.previous')} title={t('find.previous')} disabled={total === 0} onClick={() => editor.commands.findPrevious()}>
        <ArrowUpIcon />
      </button>
      <button type="button" className="ps-icon-button" aria-label={t('find.next')} title={t('find.next')} disabled={total === 0} onClick={() => editor.commands.findNext()}>
        <ArrowDownIcon />
      </button>
      <button type="button" className="ps-icon-button" aria-label={t('find.close')} title={t('find.close')} onClick={onClose}>
        <CloseIcon />
      </button>
    </div>
  );
}
