import type { StarterInfo } from '../../shared/host/api.ts';
import { t } from '../i18n/t.ts';

/** The starter projects to begin from, on the start screen and in the New dialog. */
export function StarterList({ starters, error, onPick }: { starters: StarterInfo[] | null; error: string | null; onPick(id: string): void }) {
  if (error) return <p className="ps-alert">{error}</p>;
  if (!starters) return <p className="ps-empty">{t('welcome.loading')}</p>;
  return (
    <ul className="ps-starters">
      {starters.map((s) => (
        <li key={s.id}>
          <button type="button" className="ps-starter" onClick={() => onPick(s.id)}>
            <span className="ps-starter-title">{s.title}</span>
            <span className="ps-starter-desc">{s.description}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
