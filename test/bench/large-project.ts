import {
  COOKIE_CATEGORIES,
  DATA_SOURCES,
  JURISDICTIONS,
  LEGAL_BASES,
  RECIPIENT_ROLES,
  REQUIREMENTS,
  RETENTION_STARTS,
  SCHEMA_VERSION,
  TRANSFER_MECHANISMS,
  projectSchema,
  type Project,
} from '../../shared/model/schema.ts';
import { baseProjectInput } from '../fixtures/project-builder.ts';

const COUNTRIES = ['SE', 'DE', 'US', 'IE', 'GB', 'IN', 'JP', 'BR', 'CA', 'AU', 'CH', 'NO'];
/** Every tool but "none", which the policy never publishes. */
const MECHANISMS = TRANSFER_MECHANISMS.filter((m) => m !== 'none' && m !== 'derogation');

/**
 * The benchmark's large project: 40 data categories, 60 activities, 200
 * recipients with two or three countries each and a transfer tool per law,
 * 500 cookies and every jurisdiction.
 */
export function largeProject(): Project {
  const base = baseProjectInput();
  const categoryIds = Array.from({ length: 40 }, (_, i) => `category-${i}`);
  const recipientIds = Array.from({ length: 200 }, (_, i) => `recipient-${i}`);
  return projectSchema.parse({
    ...base,
    // The current format, whichever version the shared fixture was written in.
    schemaVersion: SCHEMA_VERSION,
    jurisdictions: [...JURISDICTIONS],
    dataCategories: categoryIds.map((id, i) => ({
      id,
      name: { en: `Category ${i}`, sv: `Kategori ${i}` },
      examples: [`example ${i}a`, `example ${i}b`],
      sources: [
        { kind: DATA_SOURCES[i % DATA_SOURCES.length], detail: 'Partner network' },
        ...(i % 3 === 0 ? [{ kind: 'inferred' as const }] : []),
      ],
      ...(i % 10 === 0 ? { special: 'health' as const, sensitivePi: 'health' as const } : {}),
      ccpaCategory: i % 10 === 0 ? ('sensitive' as const) : ('identifiers' as const),
    })),
    activities: Array.from({ length: 60 }, (_, i) => {
      const basis = LEGAL_BASES[i % LEGAL_BASES.length]!;
      const categories = [categoryIds[i % 40]!, categoryIds[(i + 7) % 40]!];
      const special = categories.some((c) => Number(c.slice('category-'.length)) % 10 === 0);
      return {
        id: `activity-${i}`,
        purpose: { en: `Purpose ${i}`, sv: `Ändamål ${i}` },
        categories,
        legalBases: [
          {
            basis,
            ...(basis === 'legitimate-interests' ? { interest: `Interest ${i}` } : {}),
            ...(basis === 'legal-obligation' ? { obligation: `Act ${i} of 2001` } : {}),
            ...(special ? { specialCondition: 'explicit-consent' as const } : {}),
          },
          ...(i % 4 === 0 ? [{ basis: 'consent' as const }] : []),
        ],
        requirement: REQUIREMENTS[i % REQUIREMENTS.length],
        consequence: `Without it, feature ${i} is unavailable`,
        retention:
          i % 3 === 0
            ? { kind: 'text' as const, text: `${i + 1} months after the last order` }
            : { kind: 'period' as const, amount: (i % 11) + 1, unit: i % 2 ? ('months' as const) : ('years' as const), from: RETENTION_STARTS[i % RETENTION_STARTS.length] },
        recipients: Array.from({ length: 10 }, (_, k) => recipientIds[(i * 10 + k * 3) % 200]!),
        sells: false,
        sharesForAdvertising: i % 15 === 0,
        targetedAdvertising: i % 15 === 0,
        profiling: i % 12 === 0,
      };
    }),
    recipients: recipientIds.map((id, i) => {
      const role = RECIPIENT_ROLES[i % RECIPIENT_ROLES.length]!;
      const mechanism = MECHANISMS[i % MECHANISMS.length]!;
      return {
        id,
        name: `Recipient ${i} Ltd`,
        role,
        activity: `Service ${i}`,
        storedIn: [COUNTRIES[i % COUNTRIES.length]!, COUNTRIES[(i + 5) % COUNTRIES.length]!],
        accessedFrom: i % 2 ? [COUNTRIES[(i + 2) % COUNTRIES.length]!] : [],
        transfers: {
          eu: { mechanism: mechanism === 'idta' || mechanism === 'uk-addendum' ? 'scc' : mechanism },
          uk: { mechanism: mechanism === 'scc' ? 'uk-addendum' : mechanism },
          ch: { mechanism: mechanism === 'idta' || mechanism === 'uk-addendum' ? 'scc' : mechanism },
        },
        url: `https://recipient${i}.example`,
        ...(role === 'independent-controller' || role === 'joint-controller' ? { privacyPolicyUrl: `https://recipient${i}.example/privacy` } : {}),
        ...(role === 'joint-controller' ? { jointArrangement: `Arrangement ${i}` } : {}),
      };
    }),
    cookies: Array.from({ length: 500 }, (_, i) => ({
      name: `cookie_${i}`,
      provider: `Provider ${i % 37}`,
      category: COOKIE_CATEGORIES[i % COOKIE_CATEGORIES.length],
      purpose: `Purpose of cookie ${i}`,
      duration: `${(i % 24) + 1} months`,
      party: i % 3 === 0 ? 'first' : 'third',
    })),
    changeLog: Array.from({ length: 20 }, (_, i) => ({ date: `2023-${String((i % 12) + 1).padStart(2, '0')}-10`, summary: `Change ${i}` })),
    marketing: { directMarketing: true, channels: ['email', 'sms'] },
    automatedDecisions: { used: true, description: 'Credit scoring at checkout' },
    children: { minimumAge: 13, directedAtChildren: false },
    company: {
      ...base.company,
      requestChannels: [
        { kind: 'email', email: 'privacy@nordlys.example' },
        { kind: 'web-form', url: 'https://nordlys.example/privacy-request' },
        { kind: 'phone', phone: '+1 800 555 0100', tollFree: true },
      ],
    },
  });
}
