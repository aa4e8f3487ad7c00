import { COOKIE_CATEGORIES, type Project } from '../../model/schema.ts';
import { clause, GDPR_FAMILY, hasAny, present } from '../facts.ts';
import type { PlannedSection } from '../types.ts';
import { cookieRules } from './national-law.ts';

/** Cookies and similar technologies: only when cookies are listed. */
export function planCookies(project: Project): PlannedSection | null {
  if (project.cookies.length === 0) return null;
  const categories = COOKIE_CATEGORIES.filter((cat) => project.cookies.some((c) => c.category === cat));
  const optional = categories.filter((cat) => cat !== 'necessary');
  const thirdPartyProviders = [...new Set(project.cookies.filter((c) => c.party === 'third').map((c) => c.provider))];
  // ePrivacy Directive Art. 5(3) and the UK's PECR: consent before non-essential cookies.
  const consentLaw = hasAny(project, GDPR_FAMILY);
  const rules = cookieRules(project);
  return {
    id: 'cookies',
    clauses: present([
      clause('cookies.intro', true, { categories }),
      clause('cookies.table', true, { cookies: project.cookies }),
      clause('cookies.consent', optional.length > 0 && consentLaw, { categories: optional }),
      // The national rules transposing ePrivacy Art. 5(3) that require that consent, where the company is and where it offers its services.
      clause('cookies.national-rule', optional.length > 0 && rules.length > 0, { rules }),
      clause('cookies.opt-out', optional.length > 0 && !consentLaw, { categories: optional }),
      clause('cookies.necessary-only', optional.length === 0),
      clause('cookies.third-party', thirdPartyProviders.length > 0, { providers: thirdPartyProviders }),
      clause('cookies.browser', true),
    ]),
  };
}
