/**
 * National law beside the GDPR, per EEA country: the act that supplements
 * the GDPR, the rule that transposes the ePrivacy Directive's Art. 5(3)
 * (consent before storing or reading information on a device: cookies),
 * and the age of digital consent a country set under GDPR Art. 8(1).
 * Names and citations are as the country's own lawyers write them; a policy
 * in any language cites them so, as foreign acts are cited.
 *
 * Every fact cites where it was checked (`source`): the law's text, its
 * official gazette, parliament or government, or the national data
 * protection authority (`kind: 'official'`); else a page that quotes the
 * provision (`kind: 'secondary'`, to be confirmed against the text). A fact
 * no source confirmed has no `source`: it is kept for review but the plan
 * never states it (`stated()`). Checked 2026-12-01 with the search corpora:
 * stored copies, not the live sites, so a reviewer opens each address again.
 *
 * Left out, not verified against an official source: the acts of BG, CY, CZ,
 * GR, HR, LT, LV, MT, PT, RO, SI, SK, IS, LI (and Finland's, kept without a
 * source); the cookie rules of NO (the 2024 ekomlov, in force 1 January 2025:
 * law-firm pages cite § 3-15 of the bill, the enacted text was not seen), PL
 * (Prawo komunikacji elektronicznej of 2024: article not seen) and of the
 * countries above; the ages of BG, CY, GR, HR, LT, LV, MT, PT, RO, SI, IS,
 * LI (secondary pages give PT 13, art. 16.º Lei n.º 58/2019, and LT 14: not
 * confirmed, so not in the table).
 */

/** One fact with where it was checked; without `source` it is unconfirmed and never stated. */
export interface Sourced {
  source?: string;
  kind?: 'official' | 'secondary';
  /** What a reviewer must know: a pending amendment, a date it changed. */
  note?: string;
}

export interface NationalAct extends Sourced {
  /** The act's name as cited at home, with its number: "dataskyddslagen (2018:218)". */
  name: string;
}

export interface CookieRule extends Sourced {
  /** The provision as cited at home: "9 kap. 28 § lagen (2022:482) om elektronisk kommunikation". */
  provision: string;
}

export interface ConsentAge extends Sourced {
  age: 13 | 14 | 15 | 16;
  /** The provision that sets it (for 16 where a country set no other age, GDPR Art. 8(1) itself); absent where no source named it. */
  provision?: string;
}

export interface NationalLaw {
  country: string;
  act?: NationalAct;
  cookieRule?: CookieRule;
  consentAge?: ConsentAge;
}

/** Where a country set no other age: the GDPR's own 16; templates cite it in the words of each language. */
export const GDPR_ART_8 = 'GDPR Art. 8(1)';

export const EEA_NATIONAL_LAW: Readonly<Record<string, NationalLaw>> = {
  AT: {
    country: 'AT',
    // "Data Protection Act (DSG) BGBl. I No. 165/1999": https://platform.dataguidance.com/opinion/eu-age-consent-children
    // The DSB's own page names the act "DSG" without its number (https://www.dsb.gv.at/ueber-die-datenschutzbehoerde/teens-kids);
    // the 1999 government bill titled it "Datenschutzgesetz 2000 – DSG": https://www.parlament.gv.at/PAKT/VHG/XX/I/I_01613/fnameorig_140537.html
    act: { name: 'Datenschutzgesetz (DSG), BGBl. I Nr. 165/1999', source: 'https://platform.dataguidance.com/opinion/eu-age-consent-children', kind: 'secondary', note: 'the BGBl. number not yet seen on ris.bka.gv.at' },
    // § 96 Abs. 3 TKG became § 165 Abs. 3 TKG 2021, text quoted at https://geistwert.at/neue-oesterreichische-cookie-bestimmung-im-tkg-2021-weiterhin-europarechtswidrig/ ;
    // the DSB's FAQ cite it: https://www.andreasdolezal.at/datenschutzbehoerde-veroeffentlicht-faq-zu-cookies/
    cookieRule: { provision: '§ 165 Abs. 3 TKG 2021', source: 'https://geistwert.at/neue-oesterreichische-cookie-bestimmung-im-tkg-2021-weiterhin-europarechtswidrig/', kind: 'secondary' },
    // The DSB: "Art. 8 DSGVO und § 4 Abs. 4 DSG ... Hat das Kind noch nicht das vierzehnte Lebensjahr vollendet ...":
    // https://www.dsb.gv.at/ueber-die-datenschutzbehoerde/teens-kids (read through a mirror of that page in the corpus)
    consentAge: { age: 14, provision: '§ 4 Abs. 4 DSG', source: 'https://www.dsb.gv.at/ueber-die-datenschutzbehoerde/teens-kids', kind: 'official' },
  },
  BE: {
    country: 'BE',
    // The APD/GBA names "the Law of July 30 2018 on the protection of natural persons with regard to the processing of personal data":
    // https://dataprotectionauthority.be/citizen/cookie ; also https://platform.dataguidance.com/opinion/eu-age-consent-children
    act: { name: 'loi du 30 juillet 2018 relative à la protection des personnes physiques à l’égard des traitements de données à caractère personnel', source: 'https://dataprotectionauthority.be/citizen/cookie', kind: 'official', note: 'the French title is ours from the English one; check it and the Dutch title (wet van 30 juli 2018) in the Moniteur belge' },
    // The APD/GBA: the "cookie regulation" is Article 10/2 of the Law of 30 July 2018 (page updated 13/10/2023): https://dataprotectionauthority.be/citizen/cookie
    cookieRule: { provision: 'article 10/2 de la loi du 30 juillet 2018 relative à la protection des personnes physiques à l’égard des traitements de données à caractère personnel', source: 'https://dataprotectionauthority.be/citizen/cookie', kind: 'official', note: 'the rule was earlier in the electronic communications act; when it moved was not checked' },
    // 13 years, Art. 7 of that act: same source, and https://www.twobirds.com/en/in-focus/general-data-protection-regulation/gdpr-tracker/children
    consentAge: { age: 13, provision: 'art. 7, loi du 30 juillet 2018 / wet van 30 juli 2018', source: 'https://platform.dataguidance.com/opinion/eu-age-consent-children', kind: 'secondary' },
  },
  CZ: {
    country: 'CZ',
    // "snížila věk na 15 let (§ 7 zákona č. 110/2019 Sb., o zpracování osobních údajů)", the union of towns and municipalities:
    // https://www.smocr.cz/cs/cinnost/gdpr/a/online-souhlas-ditete-a-podminky-jeho-pouziti ; also the Bird & Bird tracker (§ 7, 15 years)
    consentAge: { age: 15, provision: '§ 7 zákona č. 110/2019 Sb., o zpracování osobních údajů', source: 'https://www.smocr.cz/cs/cinnost/gdpr/a/online-souhlas-ditete-a-podminky-jeho-pouziti', kind: 'secondary', note: 'check against the Sbírka zákonů or uoou.cz' },
  },
  DE: {
    country: 'DE',
    // The BDSG supplements the GDPR: https://cookiebot.com/de/datenschutz-deutschland
    act: { name: 'Bundesdatenschutzgesetz (BDSG)', source: 'https://cookiebot.com/de/datenschutz-deutschland', kind: 'secondary' },
    // § 25 TDDDG (the TTDSG, renamed 14 May 2024), text quoted at https://dr-dsgvo.de/%c2%a7-25-ttdsg-schutz-der-privatsphaere-bei-endeinrichtungen ;
    // the act's Vollzitat (BGBl. 2024 I Nr. 149) copied from gesetze-im-internet.de at https://datenschutz-eprivacy.de/kontakt/datenschutzerklaerung/tdddg
    cookieRule: { provision: '§ 25 TDDDG', source: 'https://dr-dsgvo.de/%c2%a7-25-ttdsg-schutz-der-privatsphaere-bei-endeinrichtungen', kind: 'secondary' },
    // Germany set no other age ("Germany: No"): https://www.twobirds.com/en/in-focus/general-data-protection-regulation/gdpr-tracker/children
    consentAge: { age: 16, provision: GDPR_ART_8, source: 'https://www.twobirds.com/en/in-focus/general-data-protection-regulation/gdpr-tracker/children', kind: 'secondary' },
  },
  DK: {
    country: 'DK',
    // The act's own citation, in the amending bill L 79 (2023-24): https://ft.dk/samling/20231/lovforslag/l79/20231_l79_som_fremsat.htm
    act: { name: 'databeskyttelsesloven (lov nr. 502 af 23. maj 2018)', source: 'https://ft.dk/samling/20231/lovforslag/l79/20231_l79_som_fremsat.htm', kind: 'official' },
    // BEK nr 1148 af 09/12/2011, named in the authority's guidance: http://docplayer.dk/18793679-Vejledning-til-bekendtgoerelse-om-krav-til-information-og-samtykke-ved-lagring-af-eller-adgang-til-oplysninger-i-slutbrugerens-terminaludstyr.html
    cookieRule: { provision: 'cookiebekendtgørelsen (bekendtgørelse nr. 1148 af 9. december 2011)', source: 'http://docplayer.dk/18793679-Vejledning-til-bekendtgoerelse-om-krav-til-information-og-samtykke-ved-lagring-af-eller-adgang-til-oplysninger-i-slutbrugerens-terminaludstyr.html', kind: 'secondary', note: 'check that the order still stands after the 2024 reform of the electronic communications act' },
    // L 79 changed "13 år" to "15 år" in § 6, stk. 2 and 3, in force 1 January 2024: https://ft.dk/samling/20231/lovforslag/l79/20231_l79_som_fremsat.htm
    // and in force since then: https://www.kristeligt-dagblad.dk/kultur/tiktok-og-snapchat-vil-ikke-foelge-regler-om-foraeldresamtykke
    consentAge: { age: 15, provision: 'databeskyttelseslovens § 6, stk. 2', source: 'https://ft.dk/samling/20231/lovforslag/l79/20231_l79_som_fremsat.htm', kind: 'official', note: '13 until 31 December 2023' },
  },
  EE: {
    country: 'EE',
    // The Data Protection Inspectorate: the Riigikogu adopted the new isikuandmete kaitse seadus on 12 December 2018, in force 15 January 2019:
    // https://www.aki.ee/et/uudised/uus-isikuandmete-kaitse-seadus-alandab-vanuse-alammaara-infouhiskonna-teenuste-saamisel
    act: { name: 'isikuandmete kaitse seadus (vastu võetud 12. detsembril 2018)', source: 'https://www.aki.ee/et/uudised/uus-isikuandmete-kaitse-seadus-alandab-vanuse-alammaara-infouhiskonna-teenuste-saamisel', kind: 'official', note: 'the Riigi Teataja reference (RT I) not yet seen' },
    // 13 years: same AKI page; "isikuandmete kaitse seaduse § 8 lõige 1 ... 13 aastat", the Ministry of Justice's answer on the
    // government's participation site: https://www.osale.ee/ideed/idea/view_print/3008
    consentAge: { age: 13, provision: 'isikuandmete kaitse seaduse § 8 lõige 1', source: 'https://www.aki.ee/et/uudised/uus-isikuandmete-kaitse-seadus-alandab-vanuse-alammaara-infouhiskonna-teenuste-saamisel', kind: 'official' },
  },
  ES: {
    country: 'ES',
    // https://revistas.eleconomista.es/buen-gobierno/2023/mayo/el-consentimiento-del-menor-para-el-tratamiento-de-sus-datos-personales-PG14129116
    act: { name: 'Ley Orgánica 3/2018, de 5 de diciembre, de Protección de Datos Personales y garantía de los derechos digitales (LOPDGDD)', source: 'https://revistas.eleconomista.es/buen-gobierno/2023/mayo/el-consentimiento-del-menor-para-el-tratamiento-de-sus-datos-personales-PG14129116', kind: 'secondary' },
    // Art. 22.2 Ley 34/2002 (LSSI), text quoted at https://esg360.it/risk-management/cookies-le-linee-guida-del-garante-della-privacy-spagnolo
    cookieRule: { provision: 'artículo 22.2 de la Ley 34/2002, de servicios de la sociedad de la información y de comercio electrónico (LSSI)', source: 'https://esg360.it/risk-management/cookies-le-linee-guida-del-garante-della-privacy-spagnolo', kind: 'secondary' },
    // Art. 7 LOPDGDD, text quoted at https://www.sepin.es/cronus-juridico/documento/VerDoc.asp?dist=47&referencia=SP%2FDOCT%2F82661
    consentAge: { age: 14, provision: 'artículo 7 LOPDGDD', source: 'https://www.sepin.es/cronus-juridico/documento/VerDoc.asp?dist=47&referencia=SP%2FDOCT%2F82661', kind: 'secondary', note: 'a 2024 draft organic law would raise it to 16 (https://revistaselectronicas.ujaen.es/public/journalslia/rej/rej2025/9296/index.html)' },
  },
  FI: {
    country: 'FI',
    // Not seen in a stored source: kept for review, never stated.
    act: { name: 'tietosuojalaki (1050/2018)' },
    // 205 § of the act on electronic communications services, per the Helsinki administrative court's release: https://www.sttinfo.fi/tiedote/70615323/ ;
    // the act is 917/2014 (Finlex, the repealed act 516/2004 naming its successor): https://www.finlex.fi/fi/laki/ajantasa/kumotut/2004/20040516
    cookieRule: { provision: 'sähköisen viestinnän palveluista annetun lain (917/2014) 205 §', source: 'https://www.sttinfo.fi/tiedote/70615323/', kind: 'secondary', note: 'the court\'s release on a wire service; check 205 § on finlex.fi' },
    // 13 years under the Data Protection Act: https://www.twobirds.com/en/in-focus/general-data-protection-regulation/gdpr-tracker/children
    consentAge: { age: 13, source: 'https://www.twobirds.com/en/in-focus/general-data-protection-regulation/gdpr-tracker/children', kind: 'secondary', note: 'the provision not named in the source' },
  },
  FR: {
    country: 'FR',
    // https://efl.fr/actualite/cnil-actualise-politique-matiere-cookies_fdf4582a3-3f9f-4251-a558-8ea855b064a3
    act: { name: 'loi n° 78-17 du 6 janvier 1978 relative à l’informatique, aux fichiers et aux libertés', source: 'https://efl.fr/actualite/cnil-actualise-politique-matiere-cookies_fdf4582a3-3f9f-4251-a558-8ea855b064a3', kind: 'secondary' },
    // Art. 82 transposes Art. 5(3): same source.
    cookieRule: { provision: 'article 82 de la loi n° 78-17 du 6 janvier 1978', source: 'https://efl.fr/actualite/cnil-actualise-politique-matiere-cookies_fdf4582a3-3f9f-4251-a558-8ea855b064a3', kind: 'secondary' },
    // The CNIL: "L'article 45 de la loi Informatique et Libertés prévoit que ... si celui-ci a moins de 15 ans" (joint consent):
    // https://www.cnil.fr/fr/recommandation-4-rechercher-le-consentement-dun-parent-pour-les-mineurs-de-moins-de-15-ans ;
    // also https://rapport-congresdesnotaires.fr/2021-rapport-du-117e-congres/le-role-des-titulaires-de-lautorite-parentale
    consentAge: { age: 15, provision: 'article 45 de la loi n° 78-17', source: 'https://www.cnil.fr/fr/recommandation-4-rechercher-le-consentement-dun-parent-pour-les-mineurs-de-moins-de-15-ans', kind: 'official', note: 'under 15, the child and the parent consent together' },
  },
  HU: {
    country: 'HU',
    // The act's title in the Nemzeti Jogszabálytár (read on its test host niszteszt.njt.hu; the public one is njt.hu):
    // https://niszteszt.njt.hu/jogszabaly/2011-112-00-00.20
    act: { name: '2011. évi CXII. törvény az információs önrendelkezési jogról és az információszabadságról', source: 'https://niszteszt.njt.hu/jogszabaly/2011-112-00-00.20', kind: 'official', note: 'check the same text on njt.hu' },
    // "No specific provisions": https://www.twobirds.com/en/capabilities/practices/privacy-and-data-protection/general-data-protection-regulation/gdpr-tracker/children
    consentAge: { age: 16, provision: GDPR_ART_8, source: 'https://www.twobirds.com/en/capabilities/practices/privacy-and-data-protection/general-data-protection-regulation/gdpr-tracker/children', kind: 'secondary' },
  },
  IE: {
    country: 'IE',
    // https://www.oireachtas.ie/en/debates/question/2022-04-05/592/
    act: { name: 'Data Protection Act 2018', source: 'https://www.oireachtas.ie/en/debates/question/2022-04-05/592/', kind: 'official' },
    // Regulation 5(3), S.I. No. 336 of 2011: https://www.dataprotection.ie/docs/Cookies/1416.htm
    cookieRule: { provision: 'Regulation 5(3) of the European Communities (Electronic Communications Networks and Services) (Privacy and Electronic Communications) Regulations 2011 (S.I. No. 336 of 2011)', source: 'https://www.dataprotection.ie/docs/Cookies/1416.htm', kind: 'official' },
    // "Under Section 31(1) of the Data Protection Act 2018, the age ... is 16": https://www.oireachtas.ie/en/debates/question/2022-04-05/592/ ;
    // likewise the Minister's answer of 5 July 2018: https://www.oireachtas.ie/en/debates/question/2018-07-05/19/
    consentAge: { age: 16, provision: 'section 31(1) of the Data Protection Act 2018', source: 'https://www.oireachtas.ie/en/debates/question/2022-04-05/592/', kind: 'official' },
  },
  IT: {
    country: 'IT',
    // "d.lgs. n. 196/2003 (Codice Privacy)": https://ius-giuffrefl-it.proxysbauniss.idm.oclc.org/dettaglio/10401323/il-consenso-al-trattamento-dei-dati-del-minore-per-i-servizi-online
    act: { name: 'Codice in materia di protezione dei dati personali (d.lgs. 30 giugno 2003, n. 196)', source: 'https://ius-giuffrefl-it.proxysbauniss.idm.oclc.org/dettaglio/10401323/il-consenso-al-trattamento-dei-dati-del-minore-per-i-servizi-online', kind: 'secondary' },
    // Art. 122 Codice, in the Garante's cookie guidelines: https://it.scribd.com/document/510994659/
    cookieRule: { provision: 'art. 122 del Codice in materia di protezione dei dati personali', source: 'https://it.scribd.com/document/510994659/', kind: 'secondary' },
    // Art. 2-quinquies, 14 years: same source as the act.
    consentAge: { age: 14, provision: 'art. 2-quinquies del Codice', source: 'https://ius-giuffrefl-it.proxysbauniss.idm.oclc.org/dettaglio/10401323/il-consenso-al-trattamento-dei-dati-del-minore-per-i-servizi-online', kind: 'secondary' },
  },
  LU: {
    country: 'LU',
    // The act as published in the Journal officiel (Legilux): https://data.legilux.public.lu/file/eli-etat-leg-loi-2018-08-01-a686-jo-fr-html.html ;
    // that page gives the original long title (… "et mise en oeuvre du règlement (UE) 2016/679" …); the shorter consolidated title below was
    // read on a copy of the Legilux Recueil (https://world.moleg.go.kr/web/wli/lgslXmlViewerPage.do?DLD_CFM_NO=RC32YN3ZULHX3DDJH72Y&FL_SEQ=89831)
    act: { name: 'loi du 1er août 2018 portant organisation de la Commission nationale pour la protection des données et du régime général sur la protection des données', source: 'https://data.legilux.public.lu/file/eli-etat-leg-loi-2018-08-01-a686-jo-fr-html.html', kind: 'official', note: 'check the consolidated title on legilux.public.lu' },
    // 16: the law of 1 August 2018 set no lower age: https://luxgap.com/lois/rgpd/cons-38/
    consentAge: { age: 16, provision: GDPR_ART_8, source: 'https://luxgap.com/lois/rgpd/cons-38/', kind: 'secondary' },
  },
  NL: {
    country: 'NL',
    // The Dutch implementing act, named in a public response to the government's consultation (a respondent's text, not the government's):
    // https://www.internetconsultatie.nl/uitvoeringswetavg/reactie/821d7a14-9365-4b98-8e63-6e40f4fcf888
    act: { name: 'Uitvoeringswet Algemene verordening gegevensbescherming (UAVG)', source: 'https://www.internetconsultatie.nl/uitvoeringswetavg/reactie/821d7a14-9365-4b98-8e63-6e40f4fcf888', kind: 'secondary', note: 'check on wetten.overheid.nl' },
    // Art. 11.7a Telecommunicatiewet: https://zoek.officielebekendmakingen.nl/kst-33902-6.html
    cookieRule: { provision: 'artikel 11.7a Telecommunicatiewet', source: 'https://zoek.officielebekendmakingen.nl/kst-33902-6.html', kind: 'official' },
    // The UAVG sets no lower age (explanatory memorandum § 4.11, as the consultation response above cites it).
    consentAge: { age: 16, provision: GDPR_ART_8, source: 'https://www.internetconsultatie.nl/uitvoeringswetavg/reactie/821d7a14-9365-4b98-8e63-6e40f4fcf888', kind: 'secondary' },
  },
  NO: {
    country: 'NO',
    // "Lov 15. juni 2018 nr. 38 om behandling av personopplysninger": https://juridika.no/lov/2005-06-17-101/§50 (a publisher's copy)
    act: { name: 'personopplysningsloven (lov 15. juni 2018 nr. 38)', source: 'https://juridika.no/lov/2005-06-17-101/§50', kind: 'secondary' },
    // No cookie rule yet: the ekomlov of 2024 is in force since 1 January 2025 (https://www.digi.no/artikler/nye-norske-cookie-regler-fra-1-januar/553965);
    // § 3-15 is the bill's number (https://svw.no/artikler/ny-ekomlov-innebaerer-skjerpede-krav-til-cookies), not seen in the enacted text on lovdata.no.
    // Parents consent for children under 13: https://www.datatilsynet.no/personvern-pa-ulike-omrader/kundehandtering-handel-og-medlemskap/digitale-tjenester-og-forbrukeres-personopplysninger/barn-og-unge-forbrukere/
    consentAge: { age: 13, source: 'https://www.datatilsynet.no/personvern-pa-ulike-omrader/kundehandtering-handel-og-medlemskap/digitale-tjenester-og-forbrukeres-personopplysninger/barn-og-unge-forbrukere/', kind: 'official', note: 'the provision not named on that page; a 2025 consultation proposes 15 (https://www.advokatforeningen.no/horingsuttalelser/2025/oktober/forslag-til-endringer-i-personopplysningsloven--aldersgrense-for-barns-samtykke-ved-bruk-av-informasjonssamfunnstjenester-sosiale-medier-mv)' },
  },
  PL: {
    country: 'PL',
    // "ustawy z dnia 10 maja 2018 roku – o ochronie danych osobowych": http://okolicebiznesu.pl/kontrola-uodo-w-zakresie-przestrzegania-ochrony-danych-osobowych/
    act: { name: 'ustawa z dnia 10 maja 2018 r. o ochronie danych osobowych', source: 'http://okolicebiznesu.pl/kontrola-uodo-w-zakresie-przestrzegania-ochrony-danych-osobowych/', kind: 'secondary' },
    // No lower age ("Poland: n/a"): https://www.twobirds.com/en/capabilities/practices/privacy-and-data-protection/general-data-protection-regulation/gdpr-tracker/children
    consentAge: { age: 16, provision: GDPR_ART_8, source: 'https://www.twobirds.com/en/capabilities/practices/privacy-and-data-protection/general-data-protection-regulation/gdpr-tracker/children', kind: 'secondary' },
  },
  SE: {
    country: 'SE',
    // SFS 2018:218, from Regeringskansliets rättsdatabaser: https://lagboken.se/Lagboken/start/it-ratt/lag-2018218-med-kompletterande-bestammelser-till-eus-dataskyddsforordning-dataskyddslagen/d_3229937-lag-2018_218-med-kompletterande-bestammelser-till-eu_s-dataskyddsforordning
    act: { name: 'dataskyddslagen (2018:218)', source: 'https://lagboken.se/Lagboken/start/it-ratt/lag-2018218-med-kompletterande-bestammelser-till-eus-dataskyddsforordning-dataskyddslagen/d_3229937-lag-2018_218-med-kompletterande-bestammelser-till-eu_s-dataskyddsforordning', kind: 'secondary' },
    // PTS supervised cookies under "9 kap. 28 § lagen om elektronisk kommunikation": https://gdprhero.se/gdpr-hero-bloggen/vad-ska-man-ta%CC%88nka-pa%CC%8A-vid-anva%CC%88ndning-av-cookies/ ; the act: http://rkrattsbaser.gov.se/sfst?bet=2022:482
    cookieRule: { provision: '9 kap. 28 § lagen (2022:482) om elektronisk kommunikation', source: 'https://gdprhero.se/gdpr-hero-bloggen/vad-ska-man-ta%CC%88nka-pa%CC%8A-vid-anva%CC%88ndning-av-cookies/', kind: 'secondary' },
    // Parent's consent under 13 for children living in Sweden: https://www.imy.se/verksamhet/dataskydd/det-har-galler-enligt-gdpr/introduktion-till-gdpr/personuppgifter/personuppgifter-om-barn/
    consentAge: { age: 13, provision: 'dataskyddslagen (2018:218)', source: 'https://www.imy.se/verksamhet/dataskydd/det-har-galler-enligt-gdpr/introduktion-till-gdpr/personuppgifter/personuppgifter-om-barn/', kind: 'official' },
  },
  SK: {
    country: 'SK',
    // 16 years: https://www.twobirds.com/en/capabilities/practices/privacy-and-data-protection/general-data-protection-regulation/gdpr-tracker/children ;
    // the press on the act's adoption agrees (https://www.trend.sk/spravy/poslanci-zatrhli-tinedzerom-16-rokov-facebook). The act's name (zákon č. 18/2018 Z. z.) only on secondary pages.
    consentAge: { age: 16, provision: GDPR_ART_8, source: 'https://www.twobirds.com/en/capabilities/practices/privacy-and-data-protection/general-data-protection-regulation/gdpr-tracker/children', kind: 'secondary' },
  },
};

/** A fact the plan may state: one a source confirmed. */
export function stated<T extends Sourced>(fact: T | undefined): T | undefined {
  return fact?.source !== undefined ? fact : undefined;
}

/** The national law of an EEA country, as far as the table knows it. */
export function nationalLaw(country: string): NationalLaw | undefined {
  return EEA_NATIONAL_LAW[country];
}
