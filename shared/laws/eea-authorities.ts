import type { Authority } from '../plan/authorities.ts';

/**
 * The data protection supervisory authority of every EEA country, named as
 * it names itself, with the postal address and website from its own contact
 * page. Each entry cites that page; the addresses were read as recorded by
 * the datenanfragen.de authority list (github.com/datenanfragen/data,
 * supervisory-authorities/*.json, snapshot of 2026-07-21), which gives each
 * authority's own page as its source. Checked 2026-12-01.
 *
 * Germany has no single authority for companies: each federal state
 * supervises the companies established in it, so they are in
 * `GERMAN_STATE_AUTHORITIES`, chosen by `company.address.region`.
 */
export const EEA_AUTHORITIES: Readonly<Record<string, Authority>> = {
  // https://www.dsb.gv.at/kontakt
  AT: { id: 'dsb', name: 'Österreichische Datenschutzbehörde', abbreviation: 'DSB', address: 'Barichgasse 40–42, 1030 Wien', website: 'https://www.dsb.gv.at' },
  // https://www.gegevensbeschermingsautoriteit.be/burger/acties/contact (the authority uses both names)
  BE: { id: 'apd-gba', name: 'Gegevensbeschermingsautoriteit / Autorité de protection des données', abbreviation: 'GBA/APD', address: 'Drukpersstraat 35 / Rue de la Presse 35, 1000 Brussel/Bruxelles', website: 'https://www.dataprotectionauthority.be' },
  // https://www.cpdp.bg/en/index.php?p=pages&aid=56
  BG: { id: 'cpdp', name: 'Комисия за защита на личните данни', abbreviation: 'КЗЛД', address: 'бул. „Проф. Цветан Лазаров“ 2, 1592 София', website: 'https://www.cpdp.bg' },
  // http://www.dataprotection.gov.cy/dataprotection/dataprotection.nsf/contact_el/contact_el?opendocument
  CY: { id: 'cy-dpc', name: 'Γραφείο Επιτρόπου Προστασίας Δεδομένων Προσωπικού Χαρακτήρα', address: 'Τ.Θ. 23378, 1682 Λευκωσία', website: 'https://www.dataprotection.gov.cy' },
  // https://www.uoou.cz/vismo/o_utvar.asp?id_org=200156&id_u=10
  CZ: { id: 'uoou', name: 'Úřad pro ochranu osobních údajů', abbreviation: 'ÚOOÚ', address: 'Pplk. Sochora 27, 170 00 Praha 7', website: 'https://www.uoou.cz' },
  // https://www.datatilsynet.dk/kontakt/
  DK: { id: 'datatilsynet-dk', name: 'Datatilsynet', address: 'Carl Jacobsens Vej 35, 2500 Valby', website: 'https://www.datatilsynet.dk' },
  // https://www.aki.ee/en/contacts
  EE: { id: 'aki', name: 'Andmekaitse Inspektsioon', address: 'Tatari 39, 10134 Tallinn', website: 'https://www.aki.ee' },
  // https://www.aepd.es/agencia/contacto.html
  ES: { id: 'aepd', name: 'Agencia Española de Protección de Datos', abbreviation: 'AEPD', address: 'C/ Jorge Juan, 6, 28001 Madrid', website: 'https://www.aepd.es' },
  // https://tietosuoja.fi/en/contact-information
  FI: { id: 'tietosuoja', name: 'Tietosuojavaltuutetun toimisto', address: 'PL 800, 00531 Helsinki', website: 'https://tietosuoja.fi' },
  // https://www.cnil.fr/fr/contacter-la-cnil-standard-et-permanences-telephoniques
  FR: { id: 'cnil', name: "Commission nationale de l'informatique et des libertés", abbreviation: 'CNIL', address: '3 Place de Fontenoy, TSA 80715, 75334 Paris Cedex 07', website: 'https://www.cnil.fr' },
  // https://www.dpa.gr/index.php/en/individuals/complaint-to-the-hellenic-dpa
  GR: { id: 'hdpa', name: 'Αρχή Προστασίας Δεδομένων Προσωπικού Χαρακτήρα', address: 'Λεωφ. Κηφισίας 1–3, 115 23 Αθήνα', website: 'https://www.dpa.gr' },
  // https://azop.hr/contact/
  HR: { id: 'azop', name: 'Agencija za zaštitu osobnih podataka', abbreviation: 'AZOP', address: 'Selska cesta 136, 10000 Zagreb', website: 'https://azop.hr' },
  // https://naih.hu/ugyfelszolgalat-kapcsolat
  HU: { id: 'naih', name: 'Nemzeti Adatvédelmi és Információszabadság Hatóság', abbreviation: 'NAIH', address: 'Pf. 9, 1363 Budapest', website: 'https://www.naih.hu' },
  // https://www.dataprotection.ie/en/contact/how-contact-us
  IE: { id: 'dpc', name: 'Data Protection Commission', abbreviation: 'DPC', address: '21 Fitzwilliam Square South, Dublin 2, D02 RD28', website: 'https://www.dataprotection.ie' },
  // https://www.personuvernd.is/information-in-english/about-us/
  IS: { id: 'personuvernd', name: 'Persónuvernd', address: 'Rauðarárstígur 10, 105 Reykjavík', website: 'https://www.personuvernd.is' },
  // https://www.garanteprivacy.it/web/garante-privacy-en
  IT: { id: 'garante', name: 'Garante per la protezione dei dati personali', address: 'Piazza Venezia 11, 00187 Roma', website: 'https://www.garanteprivacy.it' },
  // https://www.datenschutzstelle.li/impressum
  LI: { id: 'dss-li', name: 'Datenschutzstelle Fürstentum Liechtenstein', abbreviation: 'DSS', address: 'Städtle 38, Postfach 684, 9490 Vaduz', website: 'https://www.datenschutzstelle.li' },
  // https://vdai.lrv.lt/en/
  LT: { id: 'vdai', name: 'Valstybinė duomenų apsaugos inspekcija', abbreviation: 'VDAI', address: 'L. Sapiegos g. 17, 10312 Vilnius', website: 'https://vdai.lrv.lt' },
  // https://cnpd.public.lu/de/support/contact.html
  LU: { id: 'cnpd-lu', name: 'Commission nationale pour la protection des données', abbreviation: 'CNPD', address: '15, Boulevard du Jazz, L-4370 Belvaux', website: 'https://cnpd.public.lu' },
  // https://www.dvi.gov.lv/lv/iestades-kontakti
  LV: { id: 'dvi', name: 'Datu valsts inspekcija', abbreviation: 'DVI', address: 'Elijas iela 17, Rīga, LV-1050', website: 'https://www.dvi.gov.lv' },
  // https://idpc.org.mt/contact/
  MT: { id: 'idpc', name: 'Information and Data Protection Commissioner', abbreviation: 'IDPC', address: 'Floor 2, Airways House, Triq Il-Kbira, Tas-Sliema SLM 1549', website: 'https://idpc.org.mt' },
  // https://autoriteitpersoonsgegevens.nl/en/contact-dutch-dpa/contact-us
  NL: { id: 'ap', name: 'Autoriteit Persoonsgegevens', abbreviation: 'AP', address: 'Postbus 93374, 2509 AJ Den Haag', website: 'https://www.autoriteitpersoonsgegevens.nl' },
  // https://www.datatilsynet.no/om-datatilsynet/kontakt-oss/
  NO: { id: 'datatilsynet-no', name: 'Datatilsynet', address: 'Postboks 458 Sentrum, 0105 Oslo', website: 'https://www.datatilsynet.no' },
  // https://www.uodo.gov.pl/pl/p/kontakt
  PL: { id: 'uodo', name: 'Urząd Ochrony Danych Osobowych', abbreviation: 'UODO', address: 'ul. Stawki 2, 00-193 Warszawa', website: 'https://uodo.gov.pl' },
  // https://www.cnpd.pt/politica-de-privacidade/
  PT: { id: 'cnpd-pt', name: 'Comissão Nacional de Proteção de Dados', abbreviation: 'CNPD', address: 'Av. D. Carlos I, 134, 1.º, 1200-651 Lisboa', website: 'https://www.cnpd.pt' },
  // https://www.dataprotection.ro/index.jsp?page=contact
  RO: { id: 'anspdcp', name: 'Autoritatea Națională de Supraveghere a Prelucrării Datelor cu Caracter Personal', abbreviation: 'ANSPDCP', address: 'B-dul G-ral. Gheorghe Magheru 28–30, Sector 1, 010336 București', website: 'https://www.dataprotection.ro' },
  // https://www.imy.se/om-oss/kontakta-oss/
  SE: { id: 'imy', name: 'Integritetsskyddsmyndigheten', abbreviation: 'IMY', address: 'Box 8114, 104 20 Stockholm', website: 'https://www.imy.se' },
  // https://www.ip-rs.si/en/about/about/
  SI: { id: 'ip-rs', name: 'Informacijski pooblaščenec', address: 'Dunajska cesta 22, 1000 Ljubljana', website: 'https://www.ip-rs.si' },
  // https://dataprotection.gov.sk/uoou/en/content/contact
  SK: { id: 'uoou-sk', name: 'Úrad na ochranu osobných údajov Slovenskej republiky', address: 'Hraničná 12, 820 07 Bratislava 27', website: 'https://dataprotection.gov.sk' },
};

/**
 * Germany's sixteen state authorities for companies, by the ISO 3166-2 code
 * of the state (without "DE-"). Bavaria supervises companies through its own
 * office (BayLDA), not through the state commissioner for public bodies.
 * Sources: each authority's contact page, cited beside it.
 */
export const GERMAN_STATE_AUTHORITIES: Readonly<Record<GermanState, Authority>> = {
  // https://www.baden-wuerttemberg.datenschutz.de/kontakt/
  BW: { id: 'lfdi-bw', name: 'Der Landesbeauftragte für den Datenschutz und die Informationsfreiheit Baden-Württemberg', abbreviation: 'LfDI BW', address: 'Postfach 10 29 32, 70025 Stuttgart', website: 'https://www.baden-wuerttemberg.datenschutz.de' },
  // https://www.lda.bayern.de/de/kontakt.html
  BY: { id: 'baylda', name: 'Bayerisches Landesamt für Datenschutzaufsicht', abbreviation: 'BayLDA', address: 'Postfach 1349, 91504 Ansbach', website: 'https://www.lda.bayern.de' },
  // https://www.datenschutz-berlin.de/ueber-uns/kontakt/
  BE: { id: 'blnbdi', name: 'Berliner Beauftragte für Datenschutz und Informationsfreiheit', address: 'Alt-Moabit 59–61, 10555 Berlin', website: 'https://www.datenschutz-berlin.de' },
  // https://www.lda.brandenburg.de/lda/de/ueber-uns/kontakt/
  BB: { id: 'lda-bb', name: 'Die Landesbeauftragte für den Datenschutz und für das Recht auf Akteneinsicht Brandenburg', address: 'Stahnsdorfer Damm 77, 14532 Kleinmachnow', website: 'https://www.lda.brandenburg.de' },
  // https://www.datenschutz.bremen.de/impressum-1478
  HB: { id: 'lfdi-hb', name: 'Die Landesbeauftragte für Datenschutz und Informationsfreiheit der Freien Hansestadt Bremen', address: 'Arndtstraße 1, 27570 Bremerhaven', website: 'https://www.datenschutz.bremen.de' },
  // https://datenschutz-hamburg.de/pages/dienststelle/
  HH: { id: 'hmbbfdi', name: 'Der Hamburgische Beauftragte für Datenschutz und Informationsfreiheit', abbreviation: 'HmbBfDI', address: 'Ludwig-Erhard-Straße 22, 7. OG, 20459 Hamburg', website: 'https://datenschutz-hamburg.de' },
  // https://datenschutz.hessen.de/impressum
  HE: { id: 'hbdi', name: 'Der Hessische Beauftragte für Datenschutz und Informationsfreiheit', abbreviation: 'HBDI', address: 'Postfach 3163, 65021 Wiesbaden', website: 'https://datenschutz.hessen.de' },
  // https://www.datenschutz-mv.de/kontakt
  MV: { id: 'lfdi-mv', name: 'Der Landesbeauftragte für Datenschutz und Informationsfreiheit Mecklenburg-Vorpommern', address: 'Schloss Schwerin, Lennéstraße 1, 19053 Schwerin', website: 'https://www.datenschutz-mv.de' },
  // https://lfd.niedersachsen.de/wir_ueber_uns/so_erreichen_sie_uns/so-erreichen-sie-uns-56182.html
  NI: { id: 'lfd-ni', name: 'Der Landesbeauftragte für den Datenschutz Niedersachsen', abbreviation: 'LfD', address: 'Postfach 221, 30002 Hannover', website: 'https://lfd.niedersachsen.de' },
  // https://www.ldi.nrw.de/kontakt
  NW: { id: 'ldi-nrw', name: 'Landesbeauftragte für Datenschutz und Informationsfreiheit Nordrhein-Westfalen', abbreviation: 'LDI NRW', address: 'Kavalleriestraße 2–4, 40213 Düsseldorf', website: 'https://www.ldi.nrw.de' },
  // https://www.datenschutz.rlp.de/de/themenfelder-themen/kontakt/
  RP: { id: 'lfdi-rp', name: 'Der Landesbeauftragte für den Datenschutz und die Informationsfreiheit Rheinland-Pfalz', address: 'Postfach 30 40, 55020 Mainz', website: 'https://www.datenschutz.rlp.de' },
  // https://www.datenschutz.saarland.de/ueber-uns/kontakt-und-erreichbarkeit
  SL: { id: 'udz-sl', name: 'Unabhängiges Datenschutzzentrum Saarland', address: 'Fritz-Dobisch-Straße 12, 66111 Saarbrücken', website: 'https://www.datenschutz.saarland.de' },
  // https://www.datenschutz.sachsen.de/kontakt.html
  SN: { id: 'sdtb', name: 'Sächsische Datenschutz- und Transparenzbeauftragte', address: 'Postfach 11 01 32, 01330 Dresden', website: 'https://www.datenschutz.sachsen.de' },
  // https://datenschutz.sachsen-anhalt.de/landesbeauftragter/kontakt/
  ST: { id: 'lfd-st', name: 'Landesbeauftragter für den Datenschutz Sachsen-Anhalt', address: 'Postfach 1947, 39009 Magdeburg', website: 'https://datenschutz.sachsen-anhalt.de' },
  // https://www.datenschutzzentrum.de/impressum/
  SH: { id: 'uld', name: 'Unabhängiges Landeszentrum für Datenschutz Schleswig-Holstein', abbreviation: 'ULD', address: 'Postfach 71 16, 24171 Kiel', website: 'https://www.datenschutzzentrum.de' },
  // https://www.tlfdi.de/kontakt
  TH: { id: 'tlfdi', name: 'Thüringer Landesbeauftragter für den Datenschutz und die Informationsfreiheit', abbreviation: 'TLfDI', address: 'Postfach 900455, 99107 Erfurt', website: 'https://www.tlfdi.de' },
};

/**
 * The federal commissioner, who supervises telecommunications and postal
 * companies instead of the states. Not yet chosen by the plan: the project
 * cannot say that a company is one. The provisions that assign those
 * companies to the BfDI are not yet checked against the law's text, so none
 * is cited here. https://www.bfdi.bund.de/DE/Service/Kontakt/kontakt_node.html
 */
export const BFDI: Authority = { id: 'bfdi', name: 'Die Bundesbeauftragte für den Datenschutz und die Informationsfreiheit', abbreviation: 'BfDI', address: 'Graurheindorfer Straße 153, 53117 Bonn', website: 'https://www.bfdi.bund.de' };

export const GERMAN_STATES = ['BW', 'BY', 'BE', 'BB', 'HB', 'HH', 'HE', 'MV', 'NI', 'NW', 'RP', 'SL', 'SN', 'ST', 'SH', 'TH'] as const;
export type GermanState = (typeof GERMAN_STATES)[number];

/** The states' German names, so that a region typed out ("Bayern") finds its authority as its code ("BY") does. */
export const GERMAN_STATE_NAMES: Readonly<Record<GermanState, string>> = {
  BW: 'Baden-Württemberg',
  BY: 'Bayern',
  BE: 'Berlin',
  BB: 'Brandenburg',
  HB: 'Bremen',
  HH: 'Hamburg',
  HE: 'Hessen',
  MV: 'Mecklenburg-Vorpommern',
  NI: 'Niedersachsen',
  NW: 'Nordrhein-Westfalen',
  RP: 'Rheinland-Pfalz',
  SL: 'Saarland',
  SN: 'Sachsen',
  ST: 'Sachsen-Anhalt',
  SH: 'Schleswig-Holstein',
  TH: 'Thüringen',
};

/** The state a German address names in `region`: its code ("BY", "DE-BY") or its German name ("Bayern"). */
export function germanState(region: string | undefined): GermanState | undefined {
  if (region === undefined) return undefined;
  const r = region.trim().replace(/^DE-/i, '');
  const byCode = GERMAN_STATES.find((s) => s === r.toUpperCase());
  if (byCode) return byCode;
  const lower = r.toLocaleLowerCase('de');
  return GERMAN_STATES.find((s) => GERMAN_STATE_NAMES[s].toLocaleLowerCase('de') === lower);
}

/**
 * The authority that supervises a company established in `country` (and,
 * in Germany, in the state `region`); undefined outside the EEA, and in
 * Germany when the state is not given.
 */
export function leadAuthority(country: string, region?: string): Authority | undefined {
  if (country === 'DE') {
    const state = germanState(region);
    return state ? GERMAN_STATE_AUTHORITIES[state] : undefined;
  }
  return EEA_AUTHORITIES[country];
}
