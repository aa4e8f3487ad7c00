import { createContext, useContext } from 'react';
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
  /** Applies an edit; `key` (a field path) lets consecutive keystrokes undo as one step. */
  update(key: string, edit: (project: Project) => Project): void;
}

export const FormContext = createContext<FormContextValue | null>(null);

export function useForm(): FormContextValue {
  const value = useContext(FormContext);
  if (!value) throw new Error('useForm outside <FormContext>');
  return value;
}
