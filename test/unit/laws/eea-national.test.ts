/**
 * The EEA tables: every country has its authority, Germany its sixteen
 * state authorities, and every fact the policy may state cites where it was
 * checked; facts without a source are never stated.
 */
import { describe, expect, it } from 'vitest';
import { EEA_AUTHORITIES, GERMAN_STATE_AUTHORITIES, GERMAN_STATES, germanState, leadAuthority } from '../../../shared/laws/eea-authorities.ts';
import { EEA_NATIONAL_LAW, nationalLaw, stated } from '../../../shared/laws/eea-national.ts';
import { EEA_COUNTRIES } from '../../../shared/model/countries.ts';

const url = /^https?:\/\/[^\s]+$/;

describe('EEA authorities', () => {
  it('every EEA country but Germany has its authority, with a website', () => {
    const expected = [...EEA_COUNTRIES].filter((c) => c !== 'DE').sort();
    expect(Object.keys(EEA_AUTHORITIES).sort()).toEqual(expected);
    for (const a of Object.values(EEA_AUTHORITIES)) expect(a.website).toMatch(/^https:\/\//);
  });

  it('Germany has one authority per federal state, and unique ids throughout', () => {
    expect(Object.keys(GERMAN_STATE_AUTHORITIES).sort()).toEqual([...GERMAN_STATES].sort());
    const ids = [...Object.values(EEA_AUTHORITIES), ...Object.values(GERMAN_STATE_AUTHORITIES)].map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('finds a German state by code, ISO subdivision code or name', () => {
    expect(germanState('BY')).toBe('BY');
    expect(germanState('DE-NW')).toBe('NW');
    expect(germanState('Baden-Württemberg')).toBe('BW');
    expect(germanState(' thüringen ')).toBe('TH');
    expect(germanState('Bavaria')).toBeUndefined();
    expect(germanState(undefined)).toBeUndefined();
  });

  it('the lead authority of a German company is its state’s; without the state there is none', () => {
    expect(leadAuthority('DE', 'Bayern')?.abbreviation).toBe('BayLDA');
    expect(leadAuthority('DE', 'HH')?.name).toBe('Der Hamburgische Beauftragte für Datenschutz und Informationsfreiheit');
    expect(leadAuthority('DE')).toBeUndefined();
    expect(leadAuthority('SE')?.abbreviation).toBe('IMY');
    expect(leadAuthority('US')).toBeUndefined();
  });
});

describe('EEA national law', () => {
  const rows = Object.entries(EEA_NATIONAL_LAW);

  it('has rows for EEA countries only, each under its own code', () => {
    for (const [code, row] of rows) {
      expect(EEA_COUNTRIES.has(code), code).toBe(true);
      expect(row.country).toBe(code);
    }
  });

  it('every fact with a source cites a web address and says what kind of source it is', () => {
    for (const [code, row] of rows) {
      for (const fact of [row.act, row.cookieRule, row.consentAge]) {
        if (fact?.source === undefined) continue;
        expect(fact.source, code).toMatch(url);
        expect(fact.kind, code).toMatch(/^(official|secondary)$/);
      }
    }
  });

  it('ages are those GDPR Art. 8(1) allows, and 16 is cited as the GDPR’s own', () => {
    for (const [code, row] of rows) {
      if (!row.consentAge) continue;
      expect([13, 14, 15, 16], code).toContain(row.consentAge.age);
    }
    expect(nationalLaw('DE')?.consentAge).toMatchObject({ age: 16, provision: 'GDPR Art. 8(1)' });
  });

  it('a fact no source confirmed is kept for review but never stated', () => {
    const finnishAct = nationalLaw('FI')?.act;
    expect(finnishAct?.name).toBe('tietosuojalaki (1050/2018)');
    expect(stated(finnishAct)).toBeUndefined();
    expect(stated(nationalLaw('SE')?.act)?.name).toBe('dataskyddslagen (2018:218)');
  });

  it('a fact marked official cites a gazette, a parliament, a government or a data protection authority', () => {
    // The hosts the table's official facts were read on; a blog or law firm marked official fails here.
    const officialHosts = [
      'aki.ee', 'cnil.fr', 'data.legilux.public.lu', 'dataprotection.ie', 'dataprotectionauthority.be', 'datatilsynet.no',
      'dsb.gv.at', 'ft.dk', 'imy.se', 'njt.hu', 'oireachtas.ie', 'zoek.officielebekendmakingen.nl',
    ];
    for (const [code, row] of rows) {
      for (const fact of [row.act, row.cookieRule, row.consentAge]) {
        if (fact?.kind !== 'official' || fact.source === undefined) continue;
        const host = new URL(fact.source).hostname.replace(/^www\./, '');
        expect(officialHosts.some((h) => host === h || host.endsWith(`.${h}`)), `${code}: ${host}`).toBe(true);
      }
    }
  });

  it('states what the national authorities confirm: Estonia’s 13, Austria’s 14, Belgium’s cookie article', () => {
    expect(stated(nationalLaw('EE')?.consentAge)).toMatchObject({ age: 13, provision: 'isikuandmete kaitse seaduse § 8 lõige 1', kind: 'official' });
    expect(stated(nationalLaw('EE')?.act)?.name).toBe('isikuandmete kaitse seadus (vastu võetud 12. detsembril 2018)');
    expect(stated(nationalLaw('AT')?.consentAge)).toMatchObject({ age: 14, provision: '§ 4 Abs. 4 DSG', kind: 'official' });
    expect(stated(nationalLaw('BE')?.cookieRule)?.provision).toMatch(/^article 10\/2 de la loi du 30 juillet 2018 /);
    // Still unconfirmed, so absent: no row states a Portuguese or Lithuanian age, or a Norwegian cookie section.
    expect(nationalLaw('PT')).toBeUndefined();
    expect(nationalLaw('LT')).toBeUndefined();
    expect(nationalLaw('NO')?.cookieRule).toBeUndefined();
  });

  it('holds the citations the Swedish policy needs, and Denmark’s age since 2024', () => {
    expect(nationalLaw('SE')?.cookieRule?.provision).toBe('9 kap. 28 § lagen (2022:482) om elektronisk kommunikation');
    expect(nationalLaw('SE')?.consentAge?.age).toBe(13);
    expect(nationalLaw('DK')?.consentAge?.age).toBe(15);
  });
});
