import { createContext, createElement, useCallback, useContext, useLayoutEffect, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { DocumentLanguage, Project } from '../../shared/model/index.ts';
import type { FieldErrors } from '../state/validation.ts';

/** What every form field needs: the project being edited, where errors are, and how to change it. */
export interface FormContextValue {
  project: Project;
  /** The document pane's language: LocalizedText fields show and edit this language. */
  lang: DocumentLanguage;
  /** The project's first language: a plain-string LocalizedText belongs to it. */
  primary: DocumentLanguage;
  errors: FieldErrors;
  /** Risk warnings by field path: allowed facts a privacy professional would act on, shown beside their field. */
  warnings: FieldErrors;
  /** Applies an edit; `key` (a field path) lets consecutive keystrokes undo as one step. */
  update(key: string, edit: (project: Project) => Project): void;
}

/**
 * The form's state as a small store: each field subscribes to the part it
 * shows (its value, its message), so a keystroke re-renders that field and
 * not the whole form, whose tables may hold hundreds of rows.
 */
export interface FormStore {
  get(): FormContextValue;
  /**
   * `key`: the selector's key (`value:company.legalName`), which tells whether a typed edit can concern it (see `notify`);
   * `reads`: for other keys, the project paths the selector reads (`['recipients[3]', 'jurisdictions']`), with the same effect.
   */
  subscribe(listener: () => void, key?: string, reads?: readonly string[]): () => void;
  /** Applies an edit through the latest `update` the provider was given. */
  update(key: string, edit: (project: Project) => Project): void;
}

/** The field path a typed edit names (`company.legalName`, `cookies[3].name`); null for other edits (`recipients:rows:…`, undo, a document edit). */
function editedPath(key: string): string | null {
  return /^[A-Za-z]\w*(?:\.\w+|\[\d+\])*$/.test(key) ? key : null;
}

/**
 * Selector kinds that read only at or under the path after the colon (the
 * field hooks' `value:`, `error:`, …): these may hear of a typed edit
 * elsewhere a task later. Any other key (`rec-name:3`, `opt:categories`,
 * `lang`) may read anything and always hears at once.
 */
const PATH_KINDS = new Set(['value', 'error', 'warning', 'errorUnder', 'countries', 'ids', 'cardErrors']);

/** The field path a selector key names after its kind (`value:company.legalName` → `company.legalName`); null when it is not one of PATH_KINDS. */
function selectedPath(key: string): string | null {
  const colon = key.indexOf(':');
  return colon < 0 || !PATH_KINDS.has(key.slice(0, colon)) ? null : editedPath(key.slice(colon + 1));
}

/** `recipients[3].name` → `recipients`. */
function firstSegment(path: string): string {
  const cut = path.search(/[.[]/);
  return cut < 0 ? path : path.slice(0, cut);
}

/** Whether one path holds the other (or is it): an edit at either can change what a selector at the other shows. */
function related(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return long === short || long.startsWith(`${short}.`) || long.startsWith(`${short}[`);
}

function createFormStore(initial: FormContextValue): FormStore & { set(value: FormContextValue): void; notify(): void } {
  let latestUpdate = initial.update;
  // The path of the edit the next notify answers, when it was typed into a field.
  let lastEdit: string | null = null;
  // Fields get one `update` for the store's lifetime, which calls the latest one the provider was given.
  const update: FormContextValue['update'] = (key, edit) => {
    lastEdit = editedPath(key);
    latestUpdate(key, edit);
  };
  let current: FormContextValue = { ...initial, update };
  // Listeners by the first segment of the path their selector names (`company`, `recipients`); '' for those that name none.
  const groups = new Map<string, Map<() => void, string | null>>();
  const laterGroups = new Set<string>();
  let laterScheduled = false;
  const notifyGroup = (group: string | undefined) => {
    if (group !== undefined) groups.get(group)?.forEach((_, listener) => listener());
  };
  const flushLater = () => {
    laterScheduled = false;
    const due = [...laterGroups];
    laterGroups.clear();
    due.forEach(notifyGroup);
  };
  return {
    get: () => current,
    set: (value) => {
      latestUpdate = value.update;
      const same = value.project === current.project && value.errors === current.errors && value.warnings === current.warnings && value.lang === current.lang && value.primary === current.primary;
      if (!same) current = { ...value, update };
    },
    /**
     * Tells the fields the state changed. After a keystroke in a field, the
     * selectors at that field's path (and at paths holding it or held by it)
     * and those that name no path hear of it at once, inside the keystroke's
     * frame; selectors at unrelated paths (the thousands of a large project's
     * cards, and the selectors that said which paths they read) a task later,
     * so typing does not wait for them. Any other change reaches every
     * selector at once.
     */
    notify: () => {
      const edited = lastEdit;
      lastEdit = null;
      if (edited === null) {
        laterGroups.clear();
        groups.forEach((_, group) => notifyGroup(group));
        return;
      }
      const top = firstSegment(edited);
      notifyGroup('');
      groups.get(top)?.forEach((path, listener) => {
        if (path !== null && related(path, edited)) listener();
      });
      // Every other group a task later, and the edited one again for its selectors at unrelated paths.
      for (const group of groups.keys()) if (group !== '') laterGroups.add(group);
      if (!laterScheduled) {
        laterScheduled = true;
        setTimeout(flushLater, 0);
      }
    },
    subscribe: (listener, key, reads) => {
      const path = key === undefined ? null : selectedPath(key);
      const paths: readonly (string | null)[] = path !== null ? [path] : reads?.length ? reads.map(editedPath) : [null];
      // A selector reading several paths joins each one's group (a task later it may hear twice: its snapshot is cached).
      const joined = paths.map((p) => {
        const group = p === null ? '' : firstSegment(p);
        let members = groups.get(group);
        if (!members) groups.set(group, (members = new Map()));
        members.set(listener, p);
        return members;
      });
      return () => {
        for (const members of joined) members.delete(listener);
      };
    },
    update,
  };
}

export const FormContext = createContext<FormStore | null>(null);

/** Provides the form's store; its fields re-render when what they select changes. */
export function FormProvider({ value, children }: { value: FormContextValue; children: ReactNode }) {
  const [store] = useState(() => createFormStore(value));
  // The snapshot is set while rendering, so children rendered in this pass read it; the others hear of it right after commit.
  store.set(value);
  const snapshot = store.get();
  useLayoutEffect(() => store.notify(), [store, snapshot]);
  return createElement(FormContext.Provider, { value: store }, children);
}

export function useFormStore(): FormStore {
  const store = useContext(FormContext);
  if (!store) throw new Error('form field outside <FormProvider>');
  return store;
}

/**
 * A part of the form's state; the component re-renders only when it changes
 * (`Object.is`, or `equal`). `key` names what `select` depends on besides
 * the state (a field path), since the selector itself is a new function on
 * every render. `reads`, for a key that names no field path, lists the
 * project paths `select` reads: typing elsewhere then reaches it a task
 * later instead of inside the keystroke (a path too few only delays it).
 */
export function useFormSelector<T>(key: string, select: (state: FormContextValue) => T, equal: (a: T, b: T) => boolean = Object.is, reads?: readonly string[]): T {
  const store = useFormStore();
  const cache = useRef<{ state: FormContextValue; key: string; value: T } | null>(null);
  const selectRef = useRef(select);
  selectRef.current = select;
  const getSnapshot = () => {
    const state = store.get();
    const cached = cache.current;
    if (cached && cached.state === state && cached.key === key) return cached.value;
    const value = selectRef.current(state);
    const kept = cached && cached.key === key && equal(cached.value, value) ? cached.value : value;
    cache.current = { state, key, value: kept };
    return kept;
  };
  const readsKey = reads?.join(' ') ?? '';
  const subscribe = useCallback((listener: () => void) => store.subscribe(listener, key, readsKey ? readsKey.split(' ') : undefined), [store, key, readsKey]);
  return useSyncExternalStore(subscribe, getSnapshot);
}

/** The whole form state; re-renders on every change. For small components only: fields select what they show. */
export function useForm(): FormContextValue {
  return useFormSelector('*', (state) => state);
}
