import { useId, useState } from 'react';
import { library } from '../../../shared/library/load.ts';
import { toggleChoice, type Choice, type Question } from '../../../shared/interview/index.ts';
import { t } from '../../i18n/t.ts';
import type { Draft } from '../../state/use-interview.ts';
import { CountryDatalist, CountryInput } from '../fields.tsx';

interface InputProps<Q extends Question> {
  question: Q;
  draft: Draft;
  onDraft(next: Draft): void;
  /** Id of the question's text, which labels the group of inputs. */
  labelId: string;
}

/** The library entry a choice adds, if it adds one service: the services question's choices. */
const serviceOf = (choice: Choice) => (choice.adds.services?.length === 1 ? library().services.find((s) => s.id === choice.adds.services![0]) : undefined);

/** More choices than fit at a glance (the library's services): offered with a filter. */
const MANY = 12;

function YesNo({ question, draft, onDraft, labelId }: InputProps<Extract<Question, { kind: 'yes-no' }>>) {
  const name = useId();
  return (
    <div role="radiogroup" aria-labelledby={labelId} className="ps-interview-choices">
      {[true, false].map((value) => (
        <label key={String(value)} className="ps-interview-choice">
          <input type="radio" name={name} checked={draft === value} onChange={() => onDraft(value)} />
          <span>{t(value ? 'interview.yes' : 'interview.no')}</span>
        </label>
      ))}
      <span className="ps-field-hint">{t('interview.skipMeans', { answer: t(question.default ? 'interview.yes' : 'interview.no') })}</span>
    </div>
  );
}

function OneOf({ question, draft, onDraft, labelId }: InputProps<Extract<Question, { kind: 'one-of' }>>) {
  const name = useId();
  return (
    <div role="radiogroup" aria-labelledby={labelId} className="ps-interview-choices">
      {question.choices.map((c) => (
        <label key={c.value} className="ps-interview-choice">
          <input type="radio" name={name} checked={draft === c.value} onChange={() => onDraft(c.value)} />
          <span>{c.label}</span>
        </label>
      ))}
    </div>
  );
}

function SeveralOf({ question, draft, onDraft, labelId }: InputProps<Extract<Question, { kind: 'several-of' }>>) {
  const [filter, setFilter] = useState('');
  const selected = Array.isArray(draft) ? (draft as readonly string[]) : [];
  const many = question.choices.length > MANY;
  const needle = filter.trim().toLowerCase();
  const shown = needle === '' ? question.choices : question.choices.filter((c) => c.label.toLowerCase().includes(needle) || selected.includes(c.value));
  const unverified = question.choices.some((c) => serviceOf(c)?.unverified);
  return (
    <div className="ps-interview-several">
      {many && (
        <div className="ps-interview-filter">
          <input type="search" aria-label={t('interview.filter')} placeholder={t('interview.filter')} value={filter} onChange={(e) => setFilter(e.target.value)} />
          <span className="ps-field-hint" aria-live="polite">
            {t('interview.chosen', { count: selected.length })}
          </span>
        </div>
      )}
      {unverified && <p className="ps-field-hint">{t('interview.unverifiedHelp')}</p>}
      <div role="group" aria-labelledby={labelId} className={`ps-interview-choices${many ? ' ps-interview-choices--many' : ''}`}>
        {shown.map((c) => {
          const service = serviceOf(c);
          return (
            <label key={c.value} className="ps-interview-choice">
              <input type="checkbox" checked={selected.includes(c.value)} onChange={() => onDraft(toggleChoice(question.choices, selected, c.value))} />
              <span>
                {c.label}
                {service?.unverified && <span className="ps-interview-unverified">{t('interview.unverified')}</span>}
              </span>
            </label>
          );
        })}
        {shown.length === 0 && <p className="ps-empty">{t('interview.noMatch', { text: filter.trim() })}</p>}
      </div>
    </div>
  );
}

function Country({ draft, onDraft, labelId }: InputProps<Extract<Question, { kind: 'country' }>>) {
  const listId = useId();
  return (
    <div className="ps-interview-fields">
      <CountryInput value={typeof draft === 'string' ? draft : ''} onChange={onDraft} listId={listId} aria-labelledby={labelId} />
      <CountryDatalist id={listId} />
    </div>
  );
}

function TextFields({ question, draft, onDraft }: InputProps<Extract<Question, { kind: 'text' }>>) {
  const id = useId();
  const values = draft !== undefined && typeof draft === 'object' && !Array.isArray(draft) ? (draft as Readonly<Record<string, string>>) : {};
  return (
    <div className="ps-interview-fields">
      {question.fields.map((f) => (
        <div key={f.id} className="ps-interview-field">
          <label htmlFor={`${id}-${f.id}`}>
            {f.label}
            {f.required && <span className="ps-interview-required"> {t('interview.required')}</span>}
          </label>
          <input
            id={`${id}-${f.id}`}
            type={f.format === 'email' ? 'email' : f.format === 'url' ? 'url' : 'text'}
            value={values[f.id] ?? ''}
            onChange={(e) => onDraft({ ...values, [f.id]: e.target.value })}
          />
        </div>
      ))}
    </div>
  );
}

/** The inputs of one question, by its kind: yes/no, one of, several of (with a filter when long), a country, or text fields. */
export function QuestionInput(props: InputProps<Question>) {
  const { question } = props;
  switch (question.kind) {
    case 'yes-no':
      return <YesNo {...props} question={question} />;
    case 'one-of':
      return <OneOf {...props} question={question} />;
    case 'several-of':
      return <SeveralOf {...props} question={question} />;
    case 'country':
      return <Country {...props} question={question} />;
    case 'text':
      return <TextFields {...props} question={question} />;
  }
}
