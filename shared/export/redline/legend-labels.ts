import type { DocumentLanguage } from '../../model/languages.ts';

/** The words of a redline's legend in one document language. */
export interface LegendLabels {
  /** Heading of the legend. */
  changes: string;
  /** What underlined text in the redline is. */
  inserted: string;
  /** What struck-through text is. */
  deleted: string;
}

/**
 * The legend in every document language: the words Word's and LibreOffice's
 * own reviewing features use in each (Änderungen, Modifications, Wijzigingen …).
 * Kept here rather than in the templates' messages: only the redline needs them.
 */
export const LEGEND_LABELS: Readonly<Record<DocumentLanguage, LegendLabels>> = {
  en: { changes: 'Changes', inserted: 'Added text', deleted: 'Removed text' },
  sv: { changes: 'Ändringar', inserted: 'Tillagd text', deleted: 'Borttagen text' },
  nb: { changes: 'Endringer', inserted: 'Tilføyd tekst', deleted: 'Slettet tekst' },
  da: { changes: 'Ændringer', inserted: 'Tilføjet tekst', deleted: 'Slettet tekst' },
  fi: { changes: 'Muutokset', inserted: 'Lisätty teksti', deleted: 'Poistettu teksti' },
  de: { changes: 'Änderungen', inserted: 'Eingefügter Text', deleted: 'Gelöschter Text' },
  fr: { changes: 'Modifications', inserted: 'Texte ajouté', deleted: 'Texte supprimé' },
  es: { changes: 'Cambios', inserted: 'Texto añadido', deleted: 'Texto eliminado' },
  it: { changes: 'Modifiche', inserted: 'Testo aggiunto', deleted: 'Testo eliminato' },
  nl: { changes: 'Wijzigingen', inserted: 'Toegevoegde tekst', deleted: 'Verwijderde tekst' },
  'pt-BR': { changes: 'Alterações', inserted: 'Texto incluído', deleted: 'Texto excluído' },
  pl: { changes: 'Zmiany', inserted: 'Dodany tekst', deleted: 'Usunięty tekst' },
};
