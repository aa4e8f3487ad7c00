/** A transfer to a country the law itself recognises as adequate rests on that decision when no tool is entered. */
import { describe, expect, it } from 'vitest';
import { transfersUnder } from '../../../shared/plan/recipients.ts';
import { isAdequateFor } from '../../../shared/model/transfer-areas.ts';
import { baseProjectInput, buildProject } from '../../fixtures/project-builder.ts';

const withRecipient = (storedIn: string[], jurisdictions: ('EU' | 'UK' | 'CH')[], transfers = {}) =>
  buildProject({
    jurisdictions,
    recipients: [{ id: 'r', name: 'Audit & Co', role: 'professional-adviser', activity: 'Audits our accounts', storedIn, transfers }],
    activities: baseProjectInput().activities.map((a) => ({ ...a, recipients: ['r'] })),
  });

describe('adequacy per law', () => {
  it('each law has its own list: the UK is adequate for Switzerland and the EU, Japan for the EU and the UK but not Switzerland, Monaco for Switzerland only', () => {
    expect(['eu', 'uk', 'ch'].map((law) => isAdequateFor(law as 'eu', 'GB'))).toEqual([true, false, true]);
    expect(['eu', 'uk', 'ch'].map((law) => isAdequateFor(law as 'eu', 'JP'))).toEqual([true, true, false]);
    expect(['eu', 'uk', 'ch'].map((law) => isAdequateFor(law as 'eu', 'MC'))).toEqual([false, false, true]);
    expect(isAdequateFor('eu', 'US')).toBe(false);
  });

  it('a UK recipient without a tool, under Swiss law, is covered by Switzerland’s adequacy decision, not listed as uncovered', () => {
    expect(transfersUnder('ch', withRecipient(['GB'], ['CH']))).toEqual([{ name: 'Audit & Co', countries: ['GB'], mechanism: 'adequacy' }]);
  });

  it('a country without a decision stays without a tool, and an entered tool wins', () => {
    expect(transfersUnder('ch', withRecipient(['JP'], ['CH']))).toEqual([{ name: 'Audit & Co', countries: ['JP'] }]);
    expect(transfersUnder('eu', withRecipient(['GB', 'IN'], ['EU']))).toEqual([{ name: 'Audit & Co', countries: ['GB', 'IN'] }]);
    expect(transfersUnder('ch', withRecipient(['GB'], ['CH'], { ch: { mechanism: 'scc' } }))).toEqual([{ name: 'Audit & Co', countries: ['GB'], mechanism: 'scc' }]);
  });
});
