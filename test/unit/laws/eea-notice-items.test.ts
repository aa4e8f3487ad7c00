/**
 * What national law in the EEA adds to the GDPR checklist: the cookie
 * information the transposed ePrivacy rules require, for the company's
 * country and its markets.
 */
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../../shared/model/schema.ts';
import { baseProjectInput } from '../../fixtures/project-builder.ts';
import { customisedWithout, itemOf, project, type Input } from './harness.ts';

const base = (): Input => ({ ...baseProjectInput(), schemaVersion: SCHEMA_VERSION, jurisdictions: ['EU'] });
const inNewYork = (p: Input) => void (p.company = { ...p.company, address: { street: '1 Main St', postalCode: '10001', city: 'New York', region: 'NY', country: 'US' } });

describe('GDPR item "cookie-information" (national cookie rules)', () => {
  it('is stated by a Swedish policy with an analytics cookie: the table of purposes and the consent clause', () => {
    const result = itemOf(project(base), 'EU', 'cookie-information');
    expect(result).toMatchObject({ status: 'stated' });
    expect(result.status === 'stated' && [...result.clauses].sort()).toEqual(['cookies.consent', 'cookies.table']);
  });

  it('is missing when a customised section dropped the consent clause', () => {
    const result = itemOf(customisedWithout(project(base), ['cookies.consent']), 'EU', 'cookie-information');
    expect(result).toMatchObject({ status: 'missing' });
    expect(result.status === 'missing' && result.removedIn).toBeTruthy();
  });

  it('does not apply when every cookie is strictly necessary', () => {
    const result = itemOf(project(base, (p) => void (p.cookies = p.cookies!.filter((c) => c.category === 'necessary'))), 'EU', 'cookie-information');
    expect(result).toMatchObject({ status: 'not-applicable' });
    expect(result.status === 'not-applicable' && result.why).toMatch(/strictly necessary/);
  });

  it('does not apply to a US company with no EEA market, and applies once it sells in Germany', () => {
    const none = itemOf(project(base, inNewYork), 'EU', 'cookie-information');
    expect(none).toMatchObject({ status: 'not-applicable' });
    expect(none.status === 'not-applicable' && none.why).toMatch(/markets/);
    expect(itemOf(project(base, inNewYork, (p) => void (p.markets = ['DE'])), 'EU', 'cookie-information')).toMatchObject({ status: 'stated' });
  });
});
