import { createContext, createElement, useContext, useLayoutEffect, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
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
  subscribe(listener: () => void): () => void;
  /** Applies an edit through the latest `update` the provider was given. */
  update(key: string, edit: (project: Project) => Project): void;
}

function createFormStore(initial: FormContextValue): FormStore & { set(value: FormContextValue): void; notify(): void } {
  let latestUpdate = initial.update;
  // Fields get one `update` for the store's lifetime, which calls the latest one the provider was given.
  const update: FormContextValue['update'] = (key, edit) => latestUpdate(key, edit);
  let current: FormContextValue = { ...initial, update };
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    set: (value) => {
      latestUpdate = value.update;
      const same = value.project === current.project && value.errors === current.errors && value.warnings === current.warnings && value.lang === current.lang && value.primary === current.primary;
      if (!same) current = { ...value, update };
    },
    notify: () => listeners.forEach((listener) => listener()),
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
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
 * every render.
 */
export function useFormSelector<T>(key: string, select: (state: FormContextValue) => T, equal: (a: T, b: T) => boolean = Object.is): T {
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
  return useSyncExternalStore(store.subscribe, getSnapshot);
}

/** The whole form state; re-renders on every change. For small components only: fields select what they show. */
export function useForm(): FormContextValue {
  return useFormSelector('*', (state) => state);
}
