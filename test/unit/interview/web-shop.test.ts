import { describe, expect, it } from 'vitest';
import { checks } from '../../../shared/checks/checklist.ts';
import { nodeText } from '../../../shared/document/text.ts';
import { runInterview, type Answers } from '../../../shared/interview/index.ts';
import { cookiesOf, findService } from '../../../shared/library/index.ts';
import { isThirdCountryFor } from '../../../shared/model/transfer-areas.ts';
import { PROCESSOR_ROLES, type Project } from '../../../shared/model/schema.ts';
import { translationGaps } from '../../../shared/translations/gaps.ts';
import { nodeEnv } from '../../../shared/node/env.ts';
import { generatePolicy } from '../../../shared/pipeline.ts';

const SERVICES = ['shopify', 'stripe', 'paypal', 'mailchimp', 'google-analytics', 'meta-pixel'];
const inLibrary = SERVICES.every((id) => findService(id) !== undefined);

/** A small Swedish web shop selling to the EU, as its owner would answer. */
const shop: Answers = {
  'company-country': 'SE',
  company: { legalName: 'Lilla Butiken AB', email: 'hej@lillabutiken.se', street: 'Storgatan 1', postalCode: '111 22', city: 'Stockholm', website: 'https://lillabutiken.se' },
  languages: ['sv', 'en'],
  'customer-regions': ['eu'],
  sells: ['physical-goods'],
  payments: 'online',
  accounts: true,
  newsletter: true,
  analytics: true,
  advertising: true,
  'support-chat': false,
  app: false,
  children: 'general',
  sensitive: ['none'],
  services: SERVICES,
  requests: ['email'],
};

const documentText = (project: Project, lang: 'en' | 'sv') => nodeText(generatePolicy(project, lang, nodeEnv).document);

describe.skipIf(!inLibrary)('a small web shop (Shopify, Stripe, PayPal, Mailchimp, Google Analytics, Meta Pixel)', () => {
  const { project, stillToEnter } = runInterview(shop, { today: '2026-03-01' });

  it('yields a valid project under the GDPR, in Swedish and English, with its activities and the Swedish Bookkeeping Act', () => {
    expect(stillToEnter).toEqual([]);
    expect(project.jurisdictions).toEqual(['EU']);
    expect(project.languages).toEqual(['sv', 'en']);
    expect(project.activities.map((a) => a.id)).toEqual(['contact', 'website', 'account', 'orders', 'payments', 'bookkeeping', 'newsletter', 'analytics', 'advertising']);
    const bookkeeping = project.activities.find((a) => a.id === 'bookkeeping')!;
    expect(bookkeeping.legalBases).toEqual([{ basis: 'legal-obligation', obligation: { sv: 'bokföringslagen (1999:1078)', en: 'the Swedish Bookkeeping Act (Bokföringslagen, 1999:1078)' } }]);
    expect(project.marketing).toEqual({ directMarketing: true, channels: ['email'] });
  });

  it('takes each recipient’s role, countries and transfer tools exactly from the library: PayPal and Meta advertising are not processors', () => {
    expect(project.recipients.map((r) => r.id)).toEqual(SERVICES);
    for (const r of project.recipients) {
      const entry = findService(r.id)!;
      expect(r.role, r.id).toBe(entry.role);
      expect(r.storedIn, r.id).toEqual(entry.storedIn);
      expect(Object.fromEntries(Object.entries(r.transfers).map(([law, t]) => [law, t?.mechanism])), r.id).toEqual(entry.transfers);
    }
    const role = (id: string) => project.recipients.find((r) => r.id === id)!.role;
    expect(PROCESSOR_ROLES).not.toContain(role('paypal'));
    expect(PROCESSOR_ROLES).not.toContain(role('meta-pixel'));
    // Each takes part in what it does for the shop.
    const uses = (activity: string) => project.activities.find((a) => a.id === activity)!.recipients;
    expect(uses('payments')).toEqual(expect.arrayContaining(['stripe', 'paypal']));
    expect(uses('newsletter')).toEqual(['mailchimp']);
    expect(uses('analytics')).toEqual(['google-analytics']);
    expect(uses('advertising')).toEqual(['meta-pixel']);
    expect(uses('orders')).toContain('shopify');
  });

  it('lists every cookie the library knows for those services, once each, with its category', () => {
    const names = project.cookies.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    for (const id of SERVICES) {
      for (const cookie of cookiesOf(findService(id)!)) {
        const row = project.cookies.find((c) => c.name === (cookie.match === 'prefix' ? `${cookie.name}*` : cookie.name));
        expect(row?.category, `${id} ${cookie.name}`).toBe(cookie.category);
      }
    }
    expect(names).toContain('_ga');
  });

  it('renders in Swedish and in English, each document in its own language only', () => {
    expect(translationGaps(project, ['sv', 'en'])).toEqual([]);
    const sv = documentText(project, 'sv');
    const en = documentText(project, 'en');
    expect(sv).toContain('Hantera dina beställningar');
    expect(sv).toContain('bokföringslagen (1999:1078)');
    expect(sv).not.toContain('Handle your orders');
    expect(en).toContain('Handle your orders');
    expect(en).not.toContain('Hantera dina beställningar');
  });

  it('misses no GDPR item: the library holds each of the six services\' EU transfer tool', () => {
    for (const lang of ['sv', 'en'] as const) expect(checks(project, generatePolicy(project, lang, nodeEnv).document).missing).toBe(0);
  });

  it('misses no GDPR item but the transfer tools the library does not hold, and none once those are entered', () => {
    const withoutTool = project.recipients.flatMap((r, i) => (r.transfers.eu === undefined && [...r.storedIn, ...r.accessedFrom].some((c) => isThirdCountryFor('eu', c)) ? [`recipients[${i}].transfers.eu`] : []));
    for (const lang of ['sv', 'en'] as const) {
      const missing = checks(project, generatePolicy(project, lang, nodeEnv).document).laws.flatMap((l) => l.items.filter((i) => i.status === 'missing'));
      for (const item of missing) {
        expect(item.id).toBe('transfers');
        expect(withoutTool).toContain(item.status === 'missing' ? item.path : null);
      }
    }
    // What the person enters in the form from each vendor's data processing terms.
    const completed: Project = { ...project, recipients: project.recipients.map((r) => (r.transfers.eu ? r : { ...r, transfers: { ...r.transfers, eu: { mechanism: 'scc' } } })) };
    for (const lang of ['sv', 'en'] as const) expect(checks(completed, generatePolicy(completed, lang, nodeEnv).document).missing).toBe(0);
  });
});
