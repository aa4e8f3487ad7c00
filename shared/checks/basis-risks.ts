import type { Activity, DataCategory, Project } from '../model/schema.ts';
import { allTexts, quoted } from './risk-text.ts';
import type { RiskWarning } from './types.ts';

/**
 * Words that mark accounting or tax records, in English and Swedish. A
 * heuristic, deliberately plain: an activity whose purpose contains one of
 * these is taken to be about records a bookkeeping or tax law requires
 * (Art. 6(1)(c)), not the contract. Only the purpose counts: a payment
 * activity may well use a category named "billing and accounting records"
 * on the contract while another activity keeps those records by law.
 */
const ACCOUNTING_WORDS = /\b(accounting|bookkeeping|tax|taxes|taxation|invoic\w*|bokför\w*|räkenskap\w*|skatt\w*|faktur\w*)/i;

function usedCategories(project: Project, activity: Activity): DataCategory[] {
  return activity.categories.flatMap((id) => project.dataCategories.filter((c) => c.id === id));
}

function looksLikeAccounting(activity: Activity): boolean {
  return allTexts(activity.purpose).some((t) => ACCOUNTING_WORDS.test(t));
}

/** Each activity's legal bases against what they need (GDPR Art. 6, 9, 10, 13(1)(c)–(d)). */
export function basisRisks(project: Project): RiskWarning[] {
  const warnings: RiskWarning[] = [];
  project.activities.forEach((a, i) => {
    const at = `activities[${i}]`;
    const purpose = quoted(project, a.purpose);
    const categories = usedCategories(project, a);
    const special = categories.filter((c) => c.special !== undefined && c.special !== 'criminal-offences');
    const criminal = categories.filter((c) => c.special === 'criminal-offences');
    const names = (cs: readonly DataCategory[]): string => cs.map((c) => quoted(project, c.name)).join(', ');

    if (special.length > 0 && !a.legalBases.some((b) => b.specialCondition !== undefined)) {
      if (a.legalBases.every((b) => b.basis === 'legitimate-interests')) {
        warnings.push({ path: `${at}.legalBases`, message: `${purpose} uses special-category data (${names(special)}) on legitimate interests alone, which cannot lift the ban of GDPR Art. 9(1): add the Art. 9(2) condition it relies on (usually explicit consent), or stop using that data for it.` });
      } else {
        warnings.push({ path: `${at}.legalBases[0].specialCondition`, message: `${purpose} uses special-category data (${names(special)}): give the GDPR Art. 9(2) condition it relies on, such as explicit consent.` });
      }
    }
    if (criminal.length > 0 && !a.legalBases.some((b) => b.criminalAuthority !== undefined)) {
      warnings.push({ path: `${at}.legalBases[0].criminalAuthority`, message: `${purpose} uses criminal-offence data (${names(criminal)}): name the law that authorises it (GDPR Art. 10).` });
    }
    a.legalBases.forEach((b, j) => {
      if (b.basis === 'legitimate-interests' && b.interest === undefined) {
        warnings.push({ path: `${at}.legalBases[${j}].interest`, message: `${purpose} rests on legitimate interests: describe the interest weighed (GDPR Art. 13(1)(d)).` });
      }
      if (b.basis === 'legal-obligation' && b.obligation === undefined) {
        warnings.push({ path: `${at}.legalBases[${j}].obligation`, message: `${purpose} rests on a legal obligation: name the law that requires it.` });
      }
    });
    if (!a.legalBases.some((b) => b.basis === 'legal-obligation') && looksLikeAccounting(a)) {
      warnings.push({ path: `${at}.legalBases`, message: `${purpose} looks like accounting or tax records (its purpose mentions accounting, tax or invoices): records kept because a law requires them rest on a legal obligation; add that basis and name the law (such as a bookkeeping act).` });
    }
  });
  return warnings;
}
