import { createContext, useContext } from 'react';

/**
 * Ids of entries added in this session whose name is still being typed for
 * the first time: their id follows the name (see `followName`). Provided by
 * the form; a set per form, so two forms never share it.
 */
export const NewEntriesContext = createContext<Set<string> | null>(null);

export function useNewEntries(): Set<string> {
  const set = useContext(NewEntriesContext);
  if (!set) throw new Error('form card outside <ProjectForm>');
  return set;
}
