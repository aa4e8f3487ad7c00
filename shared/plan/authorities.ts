import { EEA_AUTHORITIES } from '../laws/eea-authorities.ts';

/**
 * Data protection supervisory authorities, by the country of the company's
 * main establishment. Names are the authority's own (its official language);
 * `abbreviation` is what it calls itself in short. The EEA's are in
 * `laws/eea-authorities.ts` with their sources; Germany is not in this map:
 * companies there answer to their federal state's authority
 * (`leadAuthority` there), never to one national body.
 */
export interface Authority {
  id: string;
  name: string;
  abbreviation?: string;
  address?: string;
  website: string;
}

export const AUTHORITIES_BY_COUNTRY: Readonly<Record<string, Authority>> = {
  ...EEA_AUTHORITIES,
  GB: { id: 'ico', name: "Information Commissioner's Office", abbreviation: 'ICO', address: 'Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF', website: 'https://ico.org.uk' },
  CH: { id: 'fdpic', name: 'Eidgenössischer Datenschutz- und Öffentlichkeitsbeauftragter', abbreviation: 'EDÖB', address: 'Feldeggweg 1, 3003 Bern', website: 'https://www.edoeb.admin.ch' },
};

/** Authorities named by a law regardless of where the company sits. */
export const AUTHORITY_FOR_LAW = {
  UK: AUTHORITIES_BY_COUNTRY.GB!,
  CH: AUTHORITIES_BY_COUNTRY.CH!,
  BR: { id: 'anpd', name: 'Autoridade Nacional de Proteção de Dados', abbreviation: 'ANPD', website: 'https://www.gov.br/anpd' },
  'US-CA': { id: 'cppa', name: 'California Privacy Protection Agency', abbreviation: 'CPPA', website: 'https://cppa.ca.gov' },
  CA: { id: 'opc', name: 'Office of the Privacy Commissioner of Canada', abbreviation: 'OPC', address: '30 Victoria Street, Gatineau, Quebec K1A 1H3', website: 'https://www.priv.gc.ca' },
  AU: { id: 'oaic', name: 'Office of the Australian Information Commissioner', abbreviation: 'OAIC', address: 'GPO Box 5288, Sydney NSW 2001', website: 'https://www.oaic.gov.au' },
} as const satisfies Record<string, Authority>;

/** Where someone in any EEA country finds their own authority. */
export const EDPB_MEMBERS_URL = 'https://www.edpb.europa.eu/about-edpb/about-edpb/members_en';
