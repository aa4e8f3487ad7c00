import { COOKIE_CATEGORIES, JURISDICTIONS, LEGAL_BASES, DATA_SOURCES, SAFEGUARDS, projectSchema, type Project } from '../../shared/model/schema.ts';
import { baseProjectInput } from '../fixtures/project-builder.ts';

const COUNTRIES = ['SE', 'DE', 'US', 'IE', 'GB', 'IN', 'JP', 'BR', 'CA', 'AU', 'CH', 'NO'];

/** The benchmark's large project: 200 processors, 500 cookies, 40 data categories, every jurisdiction. */
export function largeProject(): Project {
  const base = baseProjectInput();
  return projectSchema.parse({
    ...base,
    jurisdictions: [...JURISDICTIONS],
    dataCategories: Array.from({ length: 40 }, (_, i) => ({
      name: { en: `Category ${i}`, sv: `Kategori ${i}` },
      examples: [`example ${i}a`, `example ${i}b`],
      source: DATA_SOURCES[i % DATA_SOURCES.length],
      sourceDetail: 'Partner network',
      purposes: [`Purpose ${i}`, `Second purpose ${i}`],
      legalBasis: LEGAL_BASES[i % LEGAL_BASES.length],
      legitimateInterest: `Interest ${i}`,
      retention: `${i + 1} months`,
      sensitive: i % 10 === 0,
    })),
    processors: Array.from({ length: 200 }, (_, i) => ({
      name: `Processor ${i} Ltd`,
      activity: `Service ${i}`,
      country: COUNTRIES[i % COUNTRIES.length],
      safeguard: SAFEGUARDS[i % (SAFEGUARDS.length - 1)],
      url: `https://processor${i}.example`,
    })),
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
    dataSales: { sells: false, sharesForAdvertising: true },
    children: { minimumAge: 13, directedAtChildren: false },
  });
}
