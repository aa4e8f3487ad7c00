import { useId, type ReactNode } from 'react';
import { t } from '../../i18n/t.ts';

/** An option of a select or a checkbox group; `help` is one line that says when to choose it. */
export interface FieldOption {
  value: string;
  label: string;
  help?: string;
  /** The label's language, when it is not the UI's (a language named in itself). */
  lang?: string;
}

interface FieldShellProps {
  label: string;
  error?: string | undefined;
  /** A risk warning for this field: the value is allowed, but should be looked at. */
  warning?: string | undefined;
  hint?: string;
  children: (ids: { id: string; describedBy: string | undefined }) => ReactNode;
  wide?: boolean;
  /** Shown right under the control, before its hint (the source text of an untranslated field). */
  after?: ReactNode;
  /** The field's path (`company.email`), as `data-path`: the checklist finds the field it names by it. */
  path?: string;
}

/** A label, a control and its validation message right under it, linked for screen readers. */
export function FieldShell({ label, error, warning, hint, children, wide, after, path }: FieldShellProps) {
  const id = useId();
  const errorId = `${id}-error`;
  const warningId = `${id}-warning`;
  const hintId = `${id}-hint`;
  const describedBy = [error ? errorId : null, warning ? warningId : null, hint ? hintId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`ps-field${wide ? ' ps-field--wide' : ''}${error ? ' has-error' : ''}${warning ? ' has-warning' : ''}`} data-path={path}>
      <label htmlFor={id}>{label}</label>
      {children({ id, describedBy })}
      {after}
      {hint && (
        <span className="ps-field-hint" id={hintId}>
          {hint}
        </span>
      )}
      {error && (
        <span className="ps-field-error" id={errorId}>
          {error}
        </span>
      )}
      {warning && <FieldWarning id={warningId} text={warning} />}
    </div>
  );
}

/** A risk warning under a field, marked as a warning in words, not by colour alone. */
export function FieldWarning({ id, text }: { id?: string; text: string }) {
  return (
    <span className="ps-field-warning" id={id}>
      <span className="ps-visually-hidden">{t('form.warning')}: </span>
      {text}
    </span>
  );
}

