import type { DocumentLanguage } from '../model/languages.ts';
import type { CookieDuration } from './types.ts';

const SESSION: Record<DocumentLanguage, string> = {
  en: 'Session (deleted when the browser closes)',
  sv: 'Session (raderas när webbläsaren stängs)',
  nb: 'Økt (slettes når nettleseren lukkes)',
  da: 'Session (slettes, når browseren lukkes)',
  fi: 'Istunto (poistetaan, kun selain suljetaan)',
  de: 'Sitzung (wird beim Schließen des Browsers gelöscht)',
  fr: 'Session (supprimé à la fermeture du navigateur)',
  es: 'Sesión (se elimina al cerrar el navegador)',
  it: 'Sessione (eliminato alla chiusura del browser)',
  nl: 'Sessie (verwijderd wanneer de browser sluit)',
  'pt-BR': 'Sessão (excluído ao fechar o navegador)',
  pl: 'Sesja (usuwany po zamknięciu przeglądarki)',
};

const PERSISTENT: Record<DocumentLanguage, string> = {
  en: 'Until deleted',
  sv: 'Tills den raderas',
  nb: 'Til den slettes',
  da: 'Indtil den slettes',
  fi: 'Kunnes se poistetaan',
  de: 'Bis zur Löschung',
  fr: "Jusqu'à sa suppression",
  es: 'Hasta que se elimine',
  it: 'Fino alla cancellazione',
  nl: 'Tot verwijdering',
  'pt-BR': 'Até ser excluído',
  pl: 'Do czasu usunięcia',
};

const INTL_UNIT = { minutes: 'minute', hours: 'hour', days: 'day', months: 'month', years: 'year' } as const;

/** A cookie's duration as a document in `lang` states it ("2 years", "2 år", "2 Jahre"), numbers and units through Intl. */
export function formatCookieDuration(duration: CookieDuration, lang: DocumentLanguage): string {
  if (duration.kind === 'session') return SESSION[lang];
  if (duration.kind === 'persistent') return PERSISTENT[lang];
  return new Intl.NumberFormat(lang, { style: 'unit', unit: INTL_UNIT[duration.unit], unitDisplay: 'long' }).format(duration.amount);
}
