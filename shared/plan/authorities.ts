/**
 * Data protection supervisory authorities, by the country of the company's
 * main establishment. Names are the authority's own (its official language);
 * `abbreviation` is what it calls itself in short. Germany is left out on
 * purpose: companies there answer to their federal state's authority, so the
 * policy points to the list of all authorities instead of naming a wrong one.
 */
export interface Authority {
  id: string;
  name: string;
  abbreviation?: string;
  address?: string;
  website: string;
}

export const AUTHORITIES_BY_COUNTRY: Readonly<Record<string, Authority>> = {
  SE: { id: 'imy', name: 'Integritetsskyddsmyndigheten', abbreviation: 'IMY', address: 'Box 8114, 104 20 Stockholm', website: 'https://www.imy.se' },
  NO: { id: 'datatilsynet-no', name: 'Datatilsynet', address: 'Postboks 458 Sentrum, 0105 Oslo', website: 'https://www.datatilsynet.no' },
  DK: { id: 'datatilsynet-dk', name: 'Datatilsynet', address: 'Carl Jacobsens Vej 35, 2500 Valby', website: 'https://www.datatilsynet.dk' },
  FI: { id: 'tietosuoja', name: 'Tietosuojavaltuutetun toimisto', address: 'PL 800, 00531 Helsinki', website: 'https://tietosuoja.fi' },
  IS: { id: 'personuvernd', name: 'Persónuvernd', website: 'https://www.personuvernd.is' },
  FR: { id: 'cnil', name: "Commission nationale de l'informatique et des libertés", abbreviation: 'CNIL', address: '3 Place de Fontenoy, TSA 80715, 75334 Paris Cedex 07', website: 'https://www.cnil.fr' },
  IE: { id: 'dpc', name: 'Data Protection Commission', abbreviation: 'DPC', address: '21 Fitzwilliam Square South, Dublin 2, D02 RD28', website: 'https://www.dataprotection.ie' },
  NL: { id: 'ap', name: 'Autoriteit Persoonsgegevens', abbreviation: 'AP', address: 'Postbus 93374, 2509 AJ Den Haag', website: 'https://www.autoriteitpersoonsgegevens.nl' },
  BE: { id: 'apd-gba', name: 'Gegevensbeschermingsautoriteit / Autorité de protection des données', abbreviation: 'GBA/APD', address: 'Drukpersstraat 35 / Rue de la Presse 35, 1000 Brussel/Bruxelles', website: 'https://www.dataprotectionauthority.be' },
  LU: { id: 'cnpd-lu', name: 'Commission nationale pour la protection des données', abbreviation: 'CNPD', address: '15, Boulevard du Jazz, L-4370 Belvaux', website: 'https://cnpd.public.lu' },
  AT: { id: 'dsb', name: 'Österreichische Datenschutzbehörde', abbreviation: 'DSB', address: 'Barichgasse 40–42, 1030 Wien', website: 'https://www.dsb.gv.at' },
  ES: { id: 'aepd', name: 'Agencia Española de Protección de Datos', abbreviation: 'AEPD', address: 'C/ Jorge Juan, 6, 28001 Madrid', website: 'https://www.aepd.es' },
  IT: { id: 'garante', name: 'Garante per la protezione dei dati personali', address: 'Piazza Venezia 11, 00187 Roma', website: 'https://www.garanteprivacy.it' },
  PT: { id: 'cnpd-pt', name: 'Comissão Nacional de Proteção de Dados', abbreviation: 'CNPD', address: 'Av. D. Carlos I, 134, 1.º, 1200-651 Lisboa', website: 'https://www.cnpd.pt' },
  PL: { id: 'uodo', name: 'Urząd Ochrony Danych Osobowych', abbreviation: 'UODO', address: 'ul. Stawki 2, 00-193 Warszawa', website: 'https://uodo.gov.pl' },
  EE: { id: 'aki', name: 'Andmekaitse Inspektsioon', address: 'Tatari 39, 10134 Tallinn', website: 'https://www.aki.ee' },
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
