import { useEffect, useId, useRef, type ReactNode } from 'react';
import { t } from '../i18n/t.ts';

interface ModalProps {
  title: string;
  onClose(): void;
  children: ReactNode;
  footer?: ReactNode;
  wide?: boolean;
}

/** A modal dialog: labelled by its title, closed with Escape, focus moved into it and back out when it closes. */
export function Modal({ title, onClose, children, footer, wide }: ModalProps) {
  const id = useId();
  const ref = useRef<HTMLDivElement>(null);
  const closeRef = useRef(onClose);
  closeRef.current = onClose;
  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    const first = ref.current?.querySelector<HTMLElement>('[data-autofocus], input, select, button:not(.ps-modal-x)');
    first?.focus();
    const handleKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        closeRef.current();
      }
    };
    window.addEventListener('keydown', handleKey);
    return () => {
      window.removeEventListener('keydown', handleKey);
      previous?.focus?.();
    };
  }, []);
  return (
    <div className="ps-backdrop">
      <div className={`ps-modal${wide ? ' ps-modal--wide' : ''}`} role="dialog" aria-modal="true" aria-labelledby={`${id}-title`} ref={ref}>
        <div className="ps-modal-head">
          <h2 id={`${id}-title`}>{title}</h2>
          <button type="button" className="ps-icon-button ps-modal-x" aria-label={t('dialog.close')} onClick={onClose}>
            ✕
          </button>
        </div>
        <div className="ps-modal-body">{children}</div>
        {/* Plain divs, not header/footer: inside a dialog those would be extra banner and contentinfo landmarks. */}
        {footer && <div className="ps-modal-foot">{footer}</div>}
      </div>
    </div>
  );
}
