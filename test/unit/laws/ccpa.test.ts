import { baseProjectInput } from '../../fixtures/project-builder.ts';
import { describeLaw, type Input, type Mutate } from './harness.ts';

/** The base project under the CCPA, with the request methods §1798.130(a)(1)(A) asks for. */
const base = (): Input => ({
  ...baseProjectInput(),
  jurisdictions: ['US-CA'],
  company: {
    ...baseProjectInput().company,
    requestChannels: [
      { kind: 'web-form', url: 'https://nordlys.example/privacy-request' },
      { kind: 'phone', phone: '+1 888 555 0100', tollFree: true },
    ],
  },
});

const act = (p: Input, i: number) => p.activities[i]!;
const sellsAccounts: Mutate = (p) => void (act(p, 0).sells = true);
const sensitive = (use: 'permitted-purposes' | 'beyond-permitted'): Mutate => (p) => {
  p.dataCategories.push({ id: 'location', name: 'Precise location', sources: [{ kind: 'automatic' }], ccpaCategory: 'geolocation', sensitivePi: 'precise-geolocation', sensitivePiUse: use });
  act(p, 0).categories.push('location');
};

describeLaw('US-CA', base, [
  { id: 'categories-collected', without: { mutate: (p) => void delete p.dataCategories[1]!.ccpaCategory, path: 'dataCategories[1].ccpaCategory' } },
  { id: 'sources' },
  { id: 'purposes' },
  { id: 'sold-or-shared' },
  {
    id: 'sold-to',
    supply: sellsAccounts,
    without: { mutate: (p) => void (act(p, 0).recipients = []), path: 'activities[0].recipients' },
    notApplicable: () => {},
  },
  { id: 'disclosed-for-business-purpose' },
  {
    id: 'under-16',
    without: {
      mutate: (p) => {
        act(p, 0).sharesForAdvertising = true;
        p.children = { minimumAge: 13 };
      },
      path: 'children.minimumAge',
    },
  },
  { id: 'sensitive', supply: sensitive('permitted-purposes'), notApplicable: () => {} },
  { id: 'rights' },
  { id: 'opt-out', supply: sellsAccounts, notApplicable: () => {} },
  { id: 'limit', supply: sensitive('beyond-permitted'), notApplicable: sensitive('permitted-purposes') },
  {
    id: 'request-methods',
    without: { mutate: (p) => void (p.company.requestChannels = [{ kind: 'email', email: 'privacy@nordlys.example' }]), path: 'company.requestChannels' },
  },
  { id: 'verification' },
  { id: 'authorized-agent' },
  { id: 'opt-out-signals' },
  { id: 'financial-incentive', cannotBeSupplied: true },
  { id: 'last-updated' },
  { id: 'retention' },
]);
