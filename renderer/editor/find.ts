import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, TextSelection, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { findMatches, matchIndexFrom, type FindMatch } from './find-matches.ts';

/** What the find plugin holds: the query, its matches in the current document, and which one is current (-1: none). */
export interface FindState {
  query: string;
  matches: FindMatch[];
  index: number;
  decorations: DecorationSet;
}

export interface FindOptions {
  /** Class of every match. */
  matchClass: string;
  /** Class added to the current match. */
  currentClass: string;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    find: {
      /** Highlights every match of `query` and makes the first one at or after the selection current. */
      setFindQuery: (query: string) => ReturnType;
      /** Makes the next match current (wrapping), selects it and scrolls it into view. */
      findNext: () => ReturnType;
      /** Makes the previous match current (wrapping), selects it and scrolls it into view. */
      findPrevious: () => ReturnType;
      /** Removes the highlights. */
      clearFind: () => ReturnType;
    };
  }
}

export const findKey = new PluginKey<FindState>('find');

type FindMeta = { query: string; from: number } | { step: 1 | -1 } | { clear: true };

function decorate(state: Pick<EditorState, 'doc'>, matches: readonly FindMatch[], index: number, options: FindOptions): DecorationSet {
  if (matches.length === 0) return DecorationSet.empty;
  return DecorationSet.create(
    state.doc,
    matches.map((m, i) => Decoration.inline(m.from, m.to, { class: i === index ? `${options.matchClass} ${options.currentClass}` : options.matchClass })),
  );
}

const EMPTY: FindState = { query: '', matches: [], index: -1, decorations: DecorationSet.empty };

/** Selects the current match, without touching the document (the plugin view scrolls to it). */
function selectCurrent(tr: Transaction, state: FindState): Transaction {
  const match = state.matches[state.index];
  if (!match) return tr;
  return tr.setSelection(TextSelection.create(tr.doc, match.from, match.to));
}

/** Find in the document: matches highlighted with decorations (the document is untouched), stepped through with commands. */
export const Find = Extension.create<FindOptions>({
  name: 'find',
  addOptions() {
    return { matchClass: 'ps-find-match', currentClass: 'ps-find-current' };
  },
  addCommands() {
    const step =
      (delta: 1 | -1) =>
      () =>
      ({ tr, state, dispatch }: { tr: Transaction; state: EditorState; dispatch?: (tr: Transaction) => void }) => {
        const current = findKey.getState(state);
        if (!current || current.matches.length === 0) return false;
        if (dispatch) {
          tr.setMeta(findKey, { step: delta } satisfies FindMeta);
          const index = (current.index + delta + current.matches.length) % current.matches.length;
          selectCurrent(tr, { ...current, index });
        }
        return true;
      };
    return {
      setFindQuery:
        (query) =>
        ({ tr, state, dispatch }) => {
          if (dispatch) {
            tr.setMeta(findKey, { query, from: state.selection.from } satisfies FindMeta);
            const matches = findMatches(state.doc, query);
            selectCurrent(tr, { query, matches, index: matchIndexFrom(matches, state.selection.from), decorations: DecorationSet.empty });
          }
          return true;
        },
      findNext: step(1),
      findPrevious: step(-1),
      clearFind:
        () =>
        ({ tr, dispatch }) => {
          if (dispatch) tr.setMeta(findKey, { clear: true } satisfies FindMeta);
          return true;
        },
    };
  },
  addProseMirrorPlugins() {
    const options = this.options;
    return [
      new Plugin<FindState>({
        key: findKey,
        state: {
          init: () => EMPTY,
          apply(tr, value, _old, state) {
            const meta = tr.getMeta(findKey) as FindMeta | undefined;
            if (meta && 'clear' in meta) return EMPTY;
            if (meta && 'query' in meta) {
              const matches = findMatches(state.doc, meta.query);
              const index = matchIndexFrom(matches, meta.from);
              return { query: meta.query, matches, index, decorations: decorate(state, matches, index, options) };
            }
            if (meta && 'step' in meta) {
              const index = value.matches.length ? (value.index + meta.step + value.matches.length) % value.matches.length : -1;
              return { ...value, index, decorations: decorate(state, value.matches, index, options) };
            }
            if (!tr.docChanged || value.query === '') return value;
            // The document changed (the form regenerated it, or the user typed): find again, staying near the current match.
            const near = value.matches[value.index] ? tr.mapping.map(value.matches[value.index]!.from) : 0;
            const matches = findMatches(state.doc, value.query);
            const index = matchIndexFrom(matches, near);
            return { ...value, matches, index, decorations: decorate(state, matches, index, options) };
          },
        },
        props: {
          decorations: (state) => findKey.getState(state)?.decorations ?? DecorationSet.empty,
        },
        // The browser scrolls the highlighted match into view: off-screen sections are not laid out
        // (content-visibility), so positions ProseMirror measures there are only estimates.
        view: () => ({
          update: (view, previous) => {
            const now = findKey.getState(view.state);
            const before = findKey.getState(previous);
            if (!now || !before || now.index < 0) return;
            // A new query, or a step to the next or previous match; not the form regenerating the document.
            const stepped = before.matches === now.matches && before.index !== now.index;
            if (stepped || before.query !== now.query) view.dom.querySelector(`.${options.currentClass}`)?.scrollIntoView({ block: 'center', inline: 'nearest' });
          },
        }),
      }),
    ];
  },
});
