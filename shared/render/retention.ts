import type { DocumentLanguage } from '../model/languages.ts';
import { textFor } from '../model/localized.ts';
import type { Retention } from '../model/schema.ts';

/**
 * A retention as a reader says it: "3 years from the end of the financial
 * year" / "3 år från räkenskapsårets utgång". The words come from the
 * language's messages (`retentionUnit.<unit>.<one|other>` with `{n}`,
 * `retentionFrom.<start>` with `{period}`), so each language words it natively;
 * a retention typed as text is kept as typed.
 */
export function formatRetention(
  retention: Retention,
  lang: DocumentLanguage,
  message: (key: string) => string,
  plural: (n: number) => Intl.LDMLPluralRule,
): string {
  if (retention.kind === 'text') return textFor(retention.text, lang);
  const form = plural(retention.amount) === 'one' ? 'one' : 'other';
  const period = message(`retentionUnit.${retention.unit}.${form}`).replace('{n}', String(retention.amount));
  return message(`retentionFrom.${retention.from}`).replace('{period}', period);
}
