/**
 * ISO 3166-1 alpha-2 country codes. Names are never stored here: documents
 * get them from Intl.DisplayNames in their own language.
 */
const ISO_3166_ALPHA2 =
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ ' +
  'CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR ' +
  'GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP ' +
  'KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT ' +
  'MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW ' +
  'SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG ' +
  'UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW';

export const COUNTRY_CODES: ReadonlySet<string> = new Set(ISO_3166_ALPHA2.split(' '));

/** Member states of the European Economic Area (EU 27 plus Iceland, Liechtenstein, Norway). */
export const EEA_COUNTRIES: ReadonlySet<string> = new Set(
  'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE IS LI NO'.split(' '),
);

/**
 * Countries with a European Commission adequacy decision (GDPR Art. 45).
 * The United States is adequate only for recipients certified under the
 * EU-US Data Privacy Framework, which is its own safeguard ("dpf"), so it is
 * not listed here.
 */
export const EU_ADEQUATE_COUNTRIES: ReadonlySet<string> = new Set(
  'AD AR CA CH FO GB GG IL IM JE JP KR NZ UY'.split(' '),
);

/**
 * Countries the UK recognises as adequate (Data Protection Act 2018 s. 17A
 * and Sch. 21 para. 5; ico.org.uk "International transfers": the EEA,
 * Gibraltar and the countries with an EU decision at the end of the
 * transition period, plus the Republic of Korea, 2022). The US only through
 * the UK Extension to the DPF ("dpf"), so it is not listed.
 */
export const UK_ADEQUATE_COUNTRIES: ReadonlySet<string> = new Set('AD AR CA CH FO GG GI IL IM JE JP KR NZ UY'.split(' '));

/**
 * Countries outside the EEA in Annex 1 to the Swiss Data Protection
 * Ordinance (DPO, SR 235.11; bj.admin.ch "Recognition by Switzerland of
 * States that guarantee an adequate level of data protection"). The US only
 * for organisations certified under the Swiss-US DPF ("dpf").
 */
export const CH_ADEQUATE_COUNTRIES: ReadonlySet<string> = new Set('AD AR CA FO GB GG GI IL IM JE MC NZ UY'.split(' '));

export function isCountryCode(value: string): boolean {
  return COUNTRY_CODES.has(value);
}

export function isInEea(country: string): boolean {
  return EEA_COUNTRIES.has(country);
}
