import { baseProjectInput } from '../../fixtures/project-builder.ts';
import type { Input, Mutate } from './harness.ts';

/** Mutations the law tests share. */

export const under = (law: Input['jurisdictions'][number]) => (): Input => ({ ...baseProjectInput(), jurisdictions: [law] });

/** A category obtained from the person's employer. */
export const fromEmployer: Mutate = (p) => {
  p.dataCategories.push({ id: 'team', name: 'Team membership', sources: [{ kind: 'organisation', detail: 'Your employer' }] });
  p.activities[0]!.categories.push('team');
};

export const noRecipients: Mutate = (p) => {
  p.recipients = [];
  for (const a of p.activities) a.recipients = [];
};

export const automatedDecision: Mutate = (p) => void (p.automatedDecisions = { used: true, description: 'Card payments with a high fraud score are declined automatically.' });

export const usCompany: Mutate = (p) => void (p.company.address = { street: '1 Main St', postalCode: '10001', city: 'New York', region: 'NY', country: 'US' });

/** Everything held in `country`: the company's own data and every recipient's. */
export const allIn = (country: string): Mutate => (p) => {
  p.company.dataLocations = [country];
  for (const r of p.recipients ?? []) {
    r.storedIn = [country];
    r.accessedFrom = [];
  }
};

export const nothing: Mutate = () => {};
