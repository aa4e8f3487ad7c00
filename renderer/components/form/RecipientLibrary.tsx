import { applyRecipientUpdate, dismissUpdate, recipientUpdate } from '../../../shared/library/library-updates.ts';
import { fillContextOf, fillRecipient, RECIPIENT_FACTS, type RecipientFact } from '../../../shared/library/suggest.ts';
import type { Project } from '../../../shared/model/index.ts';
import { t } from '../../i18n/t.ts';
import { loadedLibrary, serviceIn, useLibrary } from '../../state/library.ts';
import { followName } from '../../state/references.ts';
import { useError, useWarning } from '../fields/hooks.ts';
import { FieldShell } from '../fields/shell.tsx';
import { useFormSelector, useFormStore } from '../form-context.ts';
import { recipientFactLabel, suggestServices } from './library-options.ts';
import { LibraryNotice } from './LibraryNotice.tsx';
import { useNewEntries } from './new-entries.ts';
import { SuggestInput } from './SuggestInput.tsx';

/**
 * Recipient `index` filled from library service `id`, as one edit. A new
 * entry takes the service's id ("stripe"), unique in the project, so the
 * file reads well; an entry others refer to keeps its id.
 */
export function chooseService(project: Project, index: number, id: string, fresh: Set<string>): Project {
  // Loaded: its suggestions, the only way to choose, come from it.
  const service = serviceIn(loadedLibrary(), id);
  const row = project.recipients[index];
  if (!service || !row) return project;
  const filled = fillRecipient(row, service, fillContextOf(project));
  const next = { ...project, recipients: project.recipients.map((r, i) => (i === index ? filled : r)) };
  return followName(next, 'recipients', index, service.id, fresh);
}

/** The recipient's name, offering library services as it is typed; choosing one fills the card. */
export function RecipientNameField({ index }: { index: number }) {
  const { update } = useFormStore();
  const fresh = useNewEntries();
  const key = `recipients[${index}].name`;
  const name = useFormSelector(`value:${key}`, (s) => s.project.recipients[index]?.name ?? '');
  const id = useFormSelector(`rec-id:${index}`, (s) => s.project.recipients[index]?.id);
  const error = useError(key);
  const warning = useWarning(key);
  return (
    <FieldShell path={key} label={t('field.recipientName')} error={error} warning={warning} wide>
      {({ id: inputId, describedBy }) => (
        <SuggestInput
          id={inputId}
          value={name}
          aria-invalid={error !== undefined}
          aria-describedby={describedBy}
          suggest={suggestServices}
          onBlur={() => fresh.delete(id ?? '')}
          onChange={(text) =>
            update(key, (p) => {
              const next = { ...p, recipients: p.recipients.map((r, i) => (i === index ? { ...r, name: text } : r)) };
              return followName(next, 'recipients', index, text, fresh);
            })
          }
          onChoose={(service) => update(`recipients[${index}]:library:${Date.now()}`, (p) => chooseService(p, index, service, fresh))}
        />
      )}
    </FieldShell>
  );
}

/** On a recipient filled from the library: the facts its entry has changed since, to apply or dismiss; or, for an entry not yet checked against its sources, a word to check it. */
export function RecipientLibraryNotice({ index }: { index: number }) {
  const { update } = useFormStore();
  // Only a row filled from the library needs it: it loads after the first render, and the notice appears then.
  const fromLibrary = useFormSelector(`rec-lib-ref:${index}`, (s) => s.project.recipients[index]?.library !== undefined, Object.is, [`recipients[${index}]`]);
  const library = useLibrary(fromLibrary);
  const findService = (id: string) => serviceIn(library, id);
  const loaded = library ? 'loaded' : 'loading';
  // A string, so the card re-renders only when the set of changed facts does.
  const changed = useFormSelector(`rec-lib:${index}:${loaded}`, (s) => {
    const row = s.project.recipients[index];
    const offered = row ? recipientUpdate(row, findService) : undefined;
    return offered ? `${offered.entry.name}\t${offered.changed.join(' ')}` : '';
  }, Object.is, [`recipients[${index}]`]);
  const unverified = useFormSelector(`rec-lib-unverified:${index}:${loaded}`, (s) => {
    const ref = s.project.recipients[index]?.library;
    const service = ref ? findService(ref.id) : undefined;
    return service?.unverified ? service.name : '';
  }, Object.is, [`recipients[${index}]`]);
  if (changed === '') {
    return unverified === '' ? null : <p className="ps-field-hint ps-field--wide">{t('library.unverifiedEntry', { name: unverified })}</p>;
  }
  const [serviceName = '', facts = ''] = changed.split('\t');
  const labels = facts.split(' ').filter((f): f is RecipientFact => (RECIPIENT_FACTS as readonly string[]).includes(f)).map(recipientFactLabel);
  const edit = (how: 'apply' | 'dismiss') =>
    update(`recipients[${index}]:library-update:${Date.now()}`, (p) => {
      const row = p.recipients[index];
      const offered = row ? recipientUpdate(row, findService) : undefined;
      if (!row || !offered) return p;
      const next = how === 'apply' ? applyRecipientUpdate(row, offered, fillContextOf(p)) : dismissUpdate(row, offered);
      return { ...p, recipients: p.recipients.map((r, i) => (i === index ? next : r)) };
    });
  return (
    <div className="ps-field--wide">
      <LibraryNotice name={serviceName} facts={labels} onApply={() => edit('apply')} onDismiss={() => edit('dismiss')} />
    </div>
  );
}
