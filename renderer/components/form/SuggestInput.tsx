import { useId, useState, type InputHTMLAttributes, type KeyboardEvent } from 'react';
import { t } from '../../i18n/t.ts';
import { loadLibrary, useLibrary } from '../../state/library.ts';

/** One library entry offered while a name is typed. */
export interface Suggestion {
  id: string;
  label: string;
  /** One line saying what it is ("Payments · Stripe Payments Europe, Limited"). */
  detail: string;
}

/** The most entries shown at once: enough to pick from, short enough to read. */
const SHOWN = 6;

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'role'>;

export interface SuggestInputProps extends InputProps {
  value: string;
  onChange(text: string): void;
  /** Library entries matching the typed text, best first. */
  suggest(text: string): Suggestion[];
  /** The user picked an entry: fill the row from it. */
  onChoose(id: string): void;
}

/**
 * A text input that offers library entries as the user types a name (an
 * ARIA combobox): arrow keys move through them, Enter or a click takes one,
 * Escape or typing on leaves the text as typed. Arrow keys the list does not
 * use go to `onKeyDown`, so a table can still move between cells.
 */
export function SuggestInput({ value, onChange, suggest, onChoose, onKeyDown, onBlur, ...rest }: SuggestInputProps) {
  const listId = useId();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  // The library loads on first focus (a separate chunk); this re-renders when it arrives, so text typed meanwhile gets its suggestions.
  useLibrary(open);
  const matches = open && value.trim().length > 0 ? suggest(value).slice(0, SHOWN) : [];
  const shown = matches.length > 0;

  const choose = (id: string) => {
    setOpen(false);
    setActive(-1);
    onChoose(id);
  };

  const handleKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (shown && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
      event.preventDefault();
      const last = matches.length - 1;
      setActive((i) => (event.key === 'ArrowDown' ? (i >= last ? 0 : i + 1) : i <= 0 ? last : i - 1));
      return;
    }
    if (shown && event.key === 'Enter' && active >= 0 && matches[active]) {
      event.preventDefault();
      choose(matches[active].id);
      return;
    }
    if (shown && event.key === 'Escape') {
      event.preventDefault();
      setOpen(false);
      return;
    }
    onKeyDown?.(event);
  };

  return (
    <span className="ps-suggest">
      <input
        {...rest}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={shown}
        aria-controls={listId}
        aria-activedescendant={shown && active >= 0 ? `${listId}-${active}` : undefined}
        value={value}
        onKeyDown={handleKeyDown}
        onFocus={(e) => {
          void loadLibrary();
          rest.onFocus?.(e);
        }}
        onBlur={(e) => {
          setOpen(false);
          setActive(-1);
          onBlur?.(e);
        }}
        onChange={(e) => {
          setOpen(true);
          setActive(-1);
          onChange(e.target.value);
        }}
      />
      <ul className="ps-suggest-list" id={listId} role="listbox" aria-label={t('library.suggestions')} hidden={!shown}>
        {matches.map((m, i) => (
          <li
            key={m.id}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            className={i === active ? 'is-active' : undefined}
            // mousedown, not click: the input's blur would close the list first.
            onMouseDown={(e) => {
              e.preventDefault();
              choose(m.id);
            }}
          >
            <span className="ps-suggest-label">{m.label}</span>
            <span className="ps-suggest-detail">{m.detail}</span>
          </li>
        ))}
      </ul>
    </span>
  );
}
