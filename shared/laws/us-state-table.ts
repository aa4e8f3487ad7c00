import type { UsStateJurisdiction } from '../model/schema.ts';

/**
 * The comprehensive consumer privacy laws of US states other than California,
 * one row per state: they differ mostly in data (dates, deadlines, which
 * rights, whether an appeal is owed), so they are a table, and
 * `us-states.ts` makes one `Law` of each row.
 *
 * Sources: each row cites the statute it comes from (`statuteUrl`) and the
 * pages its facts were read on (`sources`, checked 2026-12-01). A fact counts
 * as confirmed when the statute's own words were read (on the legislature's
 * site, or reprinted verbatim on a code site such as FindLaw or Casetext) or,
 * for a complaint page, on the enforcing office's own site; commentary by law
 * firms does not confirm a fact. A fact no such page confirmed is named in
 * the row's `unverified` list; the policy never prints such a fact as a
 * number or a link. Complaint pages are not printed at all yet (the table
 * clause names the authority only). Check the unverified facts before
 * relying on them.
 */

/** A consumer right as the state laws name it. */
export const US_RIGHTS = [
  'access', // confirm processing and access the data
  'correction',
  'deletion',
  'portability', // a copy in a portable, readily usable format
  'opt-out-sale',
  'opt-out-targeted-advertising',
  'opt-out-profiling', // profiling in furtherance of decisions with legal or similarly significant effects
  'third-party-list', // a list of the specific third parties data was disclosed to (Oregon, Minnesota)
  'third-party-categories', // a list of the categories of third parties data was disclosed to (Delaware, Maryland)
  'question-profiling', // question the result of profiling and be told why (Minnesota)
] as const;
export type UsRight = (typeof US_RIGHTS)[number];

/** The rights most of these laws give, in the Virginia pattern. */
const STANDARD: readonly UsRight[] = ['access', 'correction', 'deletion', 'portability', 'opt-out-sale', 'opt-out-targeted-advertising', 'opt-out-profiling'];

export interface UsStateRow {
  id: UsStateJurisdiction;
  /** The state's name in English; the documents take theirs from `usState.<id>` in each language. */
  state: string;
  officialName: string;
  /** How lawyers abbreviate it. */
  shortName: string;
  /** The statute where it is codified. */
  citation: string;
  statuteUrl: string;
  /** The day it took or takes effect (ISO). */
  effectiveDate: string;
  /** Whom it applies to, in one line. */
  thresholds: string;
  /** Days to answer a request, and the one extension allowed when reasonably necessary. */
  deadline: { days: number; extensionDays: number; source: string };
  /** The appeal the controller must offer (days to decide it, its extension), or null where the law requires none. */
  appeal: { days: number; extensionDays?: number; source: string } | null;
  rights: readonly UsRight[];
  /** Rights that start later than the law (an amendment), with the day they start. */
  rightsFrom?: Partial<Record<UsRight, string>>;
  /** Consent before processing sensitive data, or notice and a chance to opt out. */
  sensitiveData: 'consent' | 'opt-out';
  /** Who enforces it and where a consumer complains. */
  authority: { name: string; website: string; complaintUrl?: string };
  /** The provision that lists what the privacy notice must contain. */
  noticeSection: string;
  /** Statements this state alone requires, each with its provision. */
  special?: readonly UsSpecialStatement[];
  /** Pages read for this row. */
  sources: readonly string[];
  /** Facts of this row that no page read confirmed (field names); left for a lawyer to check. */
  unverified?: readonly string[];
}

/** A statement one state requires in the notice. */
export type UsSpecialStatement =
  | { kind: 'texas-sensitive-sale'; article: string } // the exact sentence of Tex. Bus. & Com. Code §541.102(b)
  | { kind: 'texas-biometric-sale'; article: string } // the exact sentence of §541.102(c)
  | { kind: 'llm-training'; article: string; from: string }
  | { kind: 'third-parties-sold-to'; article: string };

/** The exact sentences Texas requires (Tex. Bus. & Com. Code §541.102(b), (c)); never translated, the statute gives them in English. */
export const TEXAS_NOTICES = {
  sensitive: 'NOTICE: We may sell your sensitive personal data.',
  biometric: 'NOTICE: We may sell your biometric personal data.',
} as const;

export const US_STATE_TABLE: readonly UsStateRow[] = [
  {
    // https://law.lis.virginia.gov/vacodefull/title59.1/chapter53/
    id: 'US-VA',
    state: 'Virginia',
    officialName: 'Virginia Consumer Data Protection Act',
    shortName: 'VCDPA',
    citation: 'Va. Code Ann. §59.1-575 et seq.',
    statuteUrl: 'https://law.lis.virginia.gov/vacodefull/title59.1/chapter53/',
    effectiveDate: '2023-01-01',
    thresholds: 'Controls or processes data of 100,000 Virginians a year, or 25,000 and over 50% of gross revenue from selling personal data.',
    deadline: { days: 45, extensionDays: 45, source: 'Va. Code §59.1-577(B)' },
    appeal: { days: 60, source: 'Va. Code §59.1-577(C)' },
    rights: STANDARD,
    sensitiveData: 'consent',
    authority: { name: 'Office of the Attorney General of Virginia', website: 'https://www.oag.state.va.us', complaintUrl: 'https://www.oag.state.va.us/consumer-protection/' },
    noticeSection: 'Va. Code §59.1-578(C)–(D)',
    sources: ['https://law.lis.virginia.gov/vacode/title59.1/chapter53/section59.1-578/'],
    unverified: ['authority.complaintUrl'],
  },
  {
    // https://colorado.public.law/statutes/crs_6-1-1304 (C.R.S. 6-1-1301 et seq.)
    id: 'US-CO',
    state: 'Colorado',
    officialName: 'Colorado Privacy Act',
    shortName: 'CPA',
    citation: 'Colo. Rev. Stat. §6-1-1301 et seq.',
    statuteUrl: 'https://colorado.public.law/statutes/crs_6-1-1304',
    effectiveDate: '2023-07-01',
    thresholds: 'Controls or processes data of 100,000 Coloradans a year, or 25,000 and earns revenue or discounts from selling personal data.',
    deadline: { days: 45, extensionDays: 45, source: 'C.R.S. §6-1-1306(2)' },
    // The controller must tell the consumer they can contact the Attorney General about the result of the appeal (§6-1-1306(3)).
    appeal: { days: 45, extensionDays: 60, source: 'C.R.S. §6-1-1306(3)' },
    rights: STANDARD,
    sensitiveData: 'consent',
    // The Attorney General's own "File a Complaint" page, whose data-privacy area names the Colorado Privacy Act (https://coag.gov/file-complaint/).
    authority: { name: 'Colorado Attorney General', website: 'https://coag.gov', complaintUrl: 'https://coag.gov/file-complaint/' },
    // §6-1-1308(1)(a): "a reasonably accessible, clear, and meaningful privacy notice" and what it includes (https://codes.findlaw.com/co/title-6-consumer-and-commercial-affairs/co-rev-st-sect-6-1-1308/).
    noticeSection: 'C.R.S. §6-1-1308(1)(a)',
    sources: [
      'https://colorado.public.law/statutes/crs_6-1-1304',
      'https://coag.gov/resources/colorado-privacy-act/privacy-act-question-submission-statement/',
      'https://coag.gov/file-complaint/',
      'https://codes.findlaw.com/co/title-6-consumer-and-commercial-affairs/co-rev-st-sect-6-1-1308/',
    ],
    // The appeal's 45 (+60) days rest on no page read: §6-1-1306(3) was not found in any stored copy.
    unverified: ['appeal'],
  },
  {
    // https://www.cga.ct.gov/current/pub/chap_743jj.htm; Public Act 25-113 (SB 1295), in force 2026-07-01
    id: 'US-CT',
    state: 'Connecticut',
    officialName: 'Connecticut Data Privacy Act',
    shortName: 'CTDPA',
    citation: 'Conn. Gen. Stat. §42-515 et seq., as amended by Public Act 25-113',
    statuteUrl: 'https://www.cga.ct.gov/current/pub/chap_743jj.htm',
    effectiveDate: '2023-07-01',
    thresholds: 'From 1 July 2026: data of 35,000 Connecticut consumers a year, or any sensitive data, or any sale of personal data.',
    deadline: { days: 45, extensionDays: 45, source: 'Conn. Gen. Stat. §42-518' },
    appeal: { days: 60, source: 'Conn. Gen. Stat. §42-518' },
    rights: STANDARD,
    sensitiveData: 'consent',
    authority: { name: 'Connecticut Office of the Attorney General', website: 'https://portal.ct.gov/ag', complaintUrl: 'https://portal.ct.gov/ag/sections/privacy/the-connecticut-data-privacy-act' },
    noticeSection: 'Conn. Gen. Stat. §42-520',
    // "a statement disclosing whether the controller collects, uses or sells personal data for the purpose of training large language models" (PA 25-113, from 2026-07-01)
    special: [{ kind: 'llm-training', article: 'Conn. Gen. Stat. §42-520, as amended by Public Act 25-113', from: '2026-07-01' }],
    sources: [
      'https://www.insideprivacy.com/state-privacy/connecticut-legislature-amends-its-privacy-statute/',
      'https://www.bclplaw.com/en-US/events-insights-news/connecticut-quietly-adds-ai-disclosure-mandate-to-consumer-privacy-law.html',
      'https://compliancehub.wiki/state-privacy-laws-july-1-2026-connecticut-arkansas-utah/',
      'https://instalawyer.io/laws/connecticut-general-statutes/section-42-518-note-this',
      'https://online.flipbuilder.com/bzaa/mvgs/files/basic-html/page166.html', // §42-518(c)(1): 45 days, extendable by 45
    ],
    unverified: ['appeal', 'authority.complaintUrl', 'statuteUrl'],
  },
  {
    // https://le.utah.gov/xcode/Title13/Chapter61/13-61.html
    id: 'US-UT',
    state: 'Utah',
    officialName: 'Utah Consumer Privacy Act',
    shortName: 'UCPA',
    citation: 'Utah Code Ann. §13-61-101 et seq.',
    statuteUrl: 'https://le.utah.gov/xcode/Title13/Chapter61/13-61.html',
    effectiveDate: '2023-12-31',
    thresholds: 'Annual revenue of $25 million or more, and data of 100,000 Utahns a year, or 25,000 and over 50% of gross revenue from selling personal data.',
    deadline: { days: 45, extensionDays: 45, source: 'Utah Code §13-61-203' },
    appeal: null, // the UCPA requires no appeal process
    rights: ['access', 'correction', 'deletion', 'portability', 'opt-out-sale', 'opt-out-targeted-advertising'],
    // The right to correct was added by HB 418 (2026), in force 2026-07-01 (https://jcitco.com/blog-utah-privacy-right-to-correct).
    rightsFrom: { correction: '2026-07-01' },
    sensitiveData: 'opt-out', // notice and an opportunity to opt out, Utah Code §13-61-302(3)
    // The Division takes complaints (its form: https://dcp.utah.gov/ucpa/); the Attorney General enforces.
    authority: { name: 'Utah Division of Consumer Protection', website: 'https://dcp.utah.gov', complaintUrl: 'https://dcp.utah.gov/ucpa/' },
    noticeSection: 'Utah Code §13-61-302(1)',
    sources: ['https://www.einpresswire.com/article/679831044/news-alert-important-new-protections-on-personal-data-go-into-effect-for-utah-consumers', 'https://jcitco.com/blog-utah-privacy-right-to-correct'],
    unverified: ['rightsFrom.correction', 'noticeSection'],
  },
  {
    // https://statutes.capitol.texas.gov/Docs/BC/htm/BC.541.htm
    id: 'US-TX',
    state: 'Texas',
    officialName: 'Texas Data Privacy and Security Act',
    shortName: 'TDPSA',
    citation: 'Tex. Bus. & Com. Code ch. 541',
    statuteUrl: 'https://statutes.capitol.texas.gov/Docs/BC/htm/BC.541.htm',
    effectiveDate: '2024-07-01',
    thresholds: 'Does business in Texas, processes or sells personal data, and is not a small business as the SBA defines it.',
    deadline: { days: 45, extensionDays: 45, source: 'Tex. Bus. & Com. Code §541.052' },
    appeal: { days: 60, source: 'Tex. Bus. & Com. Code §541.053' },
    rights: STANDARD,
    sensitiveData: 'consent', // §541.101(b)(4)
    authority: { name: 'Office of the Attorney General of Texas', website: 'https://www.texasattorneygeneral.gov', complaintUrl: 'https://www.texasattorneygeneral.gov/consumer-protection/file-consumer-complaint' },
    noticeSection: 'Tex. Bus. & Com. Code §541.102(a)',
    special: [
      { kind: 'texas-sensitive-sale', article: 'Tex. Bus. & Com. Code §541.102(b)' },
      { kind: 'texas-biometric-sale', article: 'Tex. Bus. & Com. Code §541.102(c)' },
    ],
    sources: [
      'https://lexace.ai/us/statute/texas/541.102',
      'https://texas.public.law/statutes/tex._bus._and_com._code_title_11_subtitle_c_chapter_541',
      'https://codes.findlaw.com/tx/business-and-commerce-code/bus-com-sect-541-101/',
      'https://online.flipbuilder.com/bzaa/mvgs/files/basic-html/page366.html', // §541.152: the Attorney General must post an online complaint mechanism
    ],
    // §541.053 (the appeal's 60 days) was not found in any stored copy. The complaint page: the Attorney General's site has
    // /consumer-protection/file-consumer-complaint/consumer-rights and a Spanish "presente una queja" page, but the English form page itself was not read.
    unverified: ['appeal.days', 'authority.complaintUrl'],
  },
  {
    // https://oregon.public.law/statutes/ors_646a.578
    id: 'US-OR',
    state: 'Oregon',
    officialName: 'Oregon Consumer Privacy Act',
    shortName: 'OCPA',
    citation: 'Or. Rev. Stat. §646A.570–646A.589',
    statuteUrl: 'https://www.oregonlegislature.gov/bills_laws/ors/ors646A.html',
    effectiveDate: '2024-07-01',
    thresholds: 'Controls or processes data of 100,000 Oregonians a year, or 25,000 and over 25% of gross revenue from selling personal data.',
    deadline: { days: 45, extensionDays: 45, source: 'ORS 646A.576' },
    // ORS 646A.576(6)(d): the controller must "approve or deny the appeal within 45 days after the date on which the controller received the appeal",
    // and a denial must tell the consumer how to complain to the Attorney General (statute text: https://online.flipbuilder.com/bzaa/mvgs/files/basic-html/page364.html).
    // No page read shows an extension of that period; the 60 days are unconfirmed.
    appeal: { days: 45, extensionDays: 60, source: 'ORS 646A.576(6)(d)' },
    // ORS 646A.574(1)(a)(B): at the controller's option, a list of specific third parties (not natural persons) it disclosed the consumer's, or any, personal data to.
    rights: [...STANDARD, 'third-party-list'],
    sensitiveData: 'consent', // ORS 646A.578(2)(b)
    authority: { name: 'Oregon Department of Justice', website: 'https://www.doj.state.or.us', complaintUrl: 'https://justice.oregon.gov/consumercomplaints/' },
    // The Oregon DOJ: "ORS 646A.578(4) describes all topics that should be contained in a controller's privacy notice" (https://www.doj.state.or.us/media-home/news-media-releases/faq_category/business-privacy-faqs/).
    noticeSection: 'ORS 646A.578(4)',
    sources: [
      'https://lawserver.com/law/state/oregon/or-statutes/oregon_statutes_646a-574',
      'https://oregon.public.law/statutes/ors_646a.578',
      'https://cliclaw.com/library/us-state-laws/oregon/oregon-consumer-privacy-act-ocpa-ors-%C2%A7-646a570-646a589',
      'https://online.flipbuilder.com/bzaa/mvgs/files/basic-html/page364.html',
      'https://www.doj.state.or.us/media-home/news-media-releases/faq_category/business-privacy-faqs/',
    ],
    unverified: ['appeal.extensionDays', 'thresholds', 'authority.complaintUrl'],
  },
  {
    // https://leg.mt.gov/bills/mca/title_0300/chapter_0140/part_0280/sections_index.html
    id: 'US-MT',
    state: 'Montana',
    officialName: 'Montana Consumer Data Privacy Act',
    shortName: 'MCDPA',
    citation: 'Mont. Code Ann. §30-14-2801 et seq.',
    statuteUrl: 'https://leg.mt.gov/bills/mca/title_0300/chapter_0140/part_0280/sections_index.html',
    effectiveDate: '2024-10-01',
    thresholds: 'Controls or processes data of 50,000 Montanans a year (25,000 and over 25% of revenue from sales), as amended in 2025.',
    deadline: { days: 45, extensionDays: 45, source: 'Mont. Code Ann. §30-14-2808' },
    appeal: { days: 60, source: 'Mont. Code Ann. §30-14-2808' },
    rights: STANDARD,
    sensitiveData: 'consent',
    authority: { name: 'Montana Department of Justice, Office of Consumer Protection', website: 'https://dojmt.gov', complaintUrl: 'https://dojmt.gov/consumer/' },
    noticeSection: 'Mont. Code Ann. §30-14-2812',
    sources: ['https://myprivacy.blog/20-state-privacy-laws-2026/'],
    unverified: ['thresholds', 'deadline.source', 'appeal', 'noticeSection', 'authority.complaintUrl'],
  },
  {
    // https://www.legis.iowa.gov/docs/code/715D.pdf
    id: 'US-IA',
    state: 'Iowa',
    officialName: 'Iowa Consumer Data Protection Act',
    shortName: 'ICDPA',
    citation: 'Iowa Code ch. 715D',
    statuteUrl: 'https://www.legis.iowa.gov/docs/code/715D.pdf',
    effectiveDate: '2025-01-01',
    thresholds: 'Controls or processes data of 100,000 Iowans a year, or 25,000 and over 50% of gross revenue from selling personal data.',
    // 90 days, extendable once by 45 days (Iowa Code §715D.3(2)); the longest of these laws.
    deadline: { days: 90, extensionDays: 45, source: 'Iowa Code §715D.3(2)' },
    // §715D.3(3): "Within sixty days of receipt of an appeal"; a denial must come with an online mechanism to complain to the Attorney General
    // (enacted text, 2023 SF 262 §3: https://online.flipbuilder.com/bzaa/mvgs/files/basic-html/page217.html).
    appeal: { days: 60, source: 'Iowa Code §715D.3(3)' },
    // No right to correct, no opt-out of profiling (§715D.3(1)); targeted advertising must be disclosed with how to opt out (§715D.4).
    rights: ['access', 'deletion', 'portability', 'opt-out-sale'],
    sensitiveData: 'opt-out', // notice and an opportunity to opt out
    authority: { name: 'Office of the Attorney General of Iowa', website: 'https://www.iowaattorneygeneral.gov', complaintUrl: 'https://www.iowaattorneygeneral.gov/for-consumers/file-a-consumer-complaint' },
    noticeSection: 'Iowa Code §715D.4(5)',
    sources: [
      'https://www.recordinglaw.com/us-laws/data-privacy-laws/iowa-data-privacy-laws/icdpa-consumer-rights/',
      'https://www.datanuance.co/checklists/iowa',
      'https://mintz.com/insights-center/viewpoints/2826/2024-11-19-just-around-corner-iowas-consumer-privacy-law-taking',
      'https://online.flipbuilder.com/bzaa/mvgs/files/basic-html/page217.html',
    ],
    unverified: ['noticeSection', 'authority.complaintUrl'],
  },
  {
    // https://delcode.delaware.gov/title6/c012d/index.html
    id: 'US-DE',
    state: 'Delaware',
    officialName: 'Delaware Personal Data Privacy Act',
    shortName: 'DPDPA',
    citation: 'Del. Code Ann. tit. 6, ch. 12D',
    statuteUrl: 'https://delcode.delaware.gov/title6/c012d/index.html',
    effectiveDate: '2025-01-01',
    thresholds: 'Controls or processes data of 35,000 Delawareans a year (excluding payment-only data), or 10,000 and over 20% of gross revenue from selling personal data.',
    deadline: { days: 45, extensionDays: 45, source: '6 Del. C. §12D-104' },
    appeal: { days: 60, source: '6 Del. C. §12D-104' },
    // §12D-104(a): a list of the categories of third parties to which the controller has disclosed the consumer's personal data.
    rights: [...STANDARD, 'third-party-categories'],
    sensitiveData: 'consent',
    authority: { name: 'Delaware Department of Justice', website: 'https://attorneygeneral.delaware.gov', complaintUrl: 'https://attorneygeneral.delaware.gov/fraud/cpu/' },
    noticeSection: '6 Del. C. §12D-106',
    sources: ['https://casetext.com/statute/delaware-code/title-6-commerce-and-trade/subtitle-ii-other-laws-relating-to-commerce-and-trade/chapter-12d-delaware-personal-data-privacy-act/section-12d-103-effective-112025-applicability-of-chapter', 'https://natlawreview.com/article/delaware-becomes-12th-us-state-enact-comprehensive-data-privacy-law'],
    unverified: ['appeal', 'noticeSection', 'authority.complaintUrl'],
  },
  {
    // https://nebraskalegislature.gov/laws/browse-chapters.php?chapter=87 (Neb. Rev. Stat. §87-1101 et seq.)
    id: 'US-NE',
    state: 'Nebraska',
    officialName: 'Nebraska Data Privacy Act',
    shortName: 'NDPA',
    citation: 'Neb. Rev. Stat. §87-1101 et seq.',
    statuteUrl: 'https://nebraskalegislature.gov/laws/browse-chapters.php?chapter=87',
    effectiveDate: '2025-01-01',
    thresholds: 'Does business in Nebraska, processes or sells personal data, and is not a small business as the SBA defines it.',
    deadline: { days: 45, extensionDays: 45, source: 'Neb. Rev. Stat. §87-1101 et seq.' },
    appeal: { days: 60, source: 'Neb. Rev. Stat. §87-1101 et seq.' },
    rights: STANDARD,
    sensitiveData: 'consent',
    authority: { name: 'Nebraska Attorney General', website: 'https://ago.nebraska.gov', complaintUrl: 'https://protectthegoodlife.nebraska.gov' },
    noticeSection: 'Neb. Rev. Stat. §87-1101 et seq.',
    sources: ['https://myprivacy.blog/20-state-privacy-laws-2026/'],
    unverified: ['thresholds', 'appeal', 'noticeSection', 'authority'],
  },
  {
    // https://gc.nh.gov/rsa/html/LII/507-H/507-H-mrg.htm
    id: 'US-NH',
    state: 'New Hampshire',
    officialName: 'New Hampshire Privacy Act',
    shortName: 'NHPA',
    citation: 'N.H. Rev. Stat. Ann. ch. 507-H',
    statuteUrl: 'https://gc.nh.gov/rsa/html/LII/507-H/507-H-mrg.htm',
    effectiveDate: '2025-01-01',
    thresholds: 'Controls or processes data of 35,000 New Hampshire consumers a year, or 10,000 and over 25% of gross revenue from selling personal data.',
    deadline: { days: 45, extensionDays: 45, source: 'RSA 507-H:4' },
    appeal: { days: 60, source: 'RSA 507-H:4' },
    rights: STANDARD,
    sensitiveData: 'consent',
    authority: { name: 'New Hampshire Department of Justice, Consumer Protection and Antitrust Bureau', website: 'https://www.doj.nh.gov', complaintUrl: 'https://www.doj.nh.gov/bureaus/consumer-protection-and-antitrust-bureau' },
    noticeSection: 'RSA 507-H:6',
    sources: ['https://myprivacy.blog/20-state-privacy-laws-2026/'],
    unverified: ['thresholds', 'deadline.source', 'appeal', 'noticeSection', 'authority'],
  },
  {
    // P.L.2023, c.266, N.J.S.A. 56:8-166.4 et seq.
    id: 'US-NJ',
    state: 'New Jersey',
    officialName: 'New Jersey Data Privacy Act',
    shortName: 'NJDPA',
    citation: 'N.J. Stat. Ann. §56:8-166.4 et seq.',
    statuteUrl: 'https://pub.njleg.state.nj.us/Bills/2022/PL24/8_.PDF',
    effectiveDate: '2025-01-15',
    thresholds: 'Controls or processes data of 100,000 New Jersey consumers a year (excluding payment-only data), or 25,000 and any revenue or discount from selling personal data.',
    deadline: { days: 45, extensionDays: 45, source: 'N.J.S.A. 56:8-166.10' },
    appeal: { days: 45, extensionDays: 60, source: 'N.J.S.A. 56:8-166.10' },
    rights: STANDARD,
    sensitiveData: 'consent',
    authority: { name: 'New Jersey Division of Consumer Affairs (Office of the Attorney General)', website: 'https://www.njconsumeraffairs.gov', complaintUrl: 'https://www.njconsumeraffairs.gov/Pages/Consumer-Complaints.aspx' },
    noticeSection: 'N.J.S.A. 56:8-166.6',
    sources: ['https://myprivacy.blog/20-state-privacy-laws-2026/'],
    unverified: ['thresholds', 'deadline.source', 'appeal', 'noticeSection', 'authority', 'statuteUrl'],
  },
  {
    // Tenn. Code Ann. §47-18-3301 et seq. (HB 1181, 2023)
    id: 'US-TN',
    state: 'Tennessee',
    officialName: 'Tennessee Information Protection Act',
    shortName: 'TIPA',
    citation: 'Tenn. Code Ann. §47-18-3301 et seq.',
    statuteUrl: 'https://www.capitol.tn.gov/Bills/113/Bill/HB1181.pdf',
    effectiveDate: '2025-07-01',
    thresholds: 'Revenue over $25 million, and data of 175,000 Tennesseans a year, or 25,000 and over 50% of gross revenue from selling personal data.',
    deadline: { days: 45, extensionDays: 45, source: 'Tenn. Code Ann. §47-18-3303' },
    appeal: { days: 60, source: 'Tenn. Code Ann. §47-18-3303' },
    rights: STANDARD,
    sensitiveData: 'consent',
    authority: { name: 'Tennessee Attorney General and Reporter', website: 'https://www.tn.gov/attorneygeneral', complaintUrl: 'https://www.tn.gov/attorneygeneral/working-for-tennessee/consumer.html' },
    noticeSection: 'Tenn. Code Ann. §47-18-3305',
    sources: ['https://myprivacy.blog/20-state-privacy-laws-2026/'],
    unverified: ['thresholds', 'deadline.source', 'appeal', 'noticeSection', 'authority', 'statuteUrl'],
  },
  {
    // https://revisor.mn.gov/statutes/cite/325M.14
    id: 'US-MN',
    state: 'Minnesota',
    officialName: 'Minnesota Consumer Data Privacy Act',
    shortName: 'MCDPA',
    citation: 'Minn. Stat. §325M.10–325M.21',
    statuteUrl: 'https://www.revisor.mn.gov/statutes/cite/325M',
    effectiveDate: '2025-07-31',
    thresholds: 'Controls or processes data of 100,000 Minnesotans a year (excluding payment-only data), or 25,000 and over 25% of gross revenue from selling personal data; small businesses (SBA) are exempt.',
    deadline: { days: 45, extensionDays: 45, source: 'Minn. Stat. §325M.14, subd. 4' },
    // subd. 5: an appeal process is required.
    appeal: { days: 45, extensionDays: 60, source: 'Minn. Stat. §325M.14, subd. 5' },
    // §325M.14 subd. 1: the list of specific third parties, and the right to question the result of profiling (g).
    rights: [...STANDARD, 'third-party-list', 'question-profiling'],
    sensitiveData: 'consent',
    authority: { name: 'Minnesota Attorney General', website: 'https://www.ag.state.mn.us', complaintUrl: 'https://www.ag.state.mn.us/Office/Complaint.asp' },
    // §325M.16, subd. 1 (a): "Controllers must provide consumers with a reasonably accessible, clear, and meaningful privacy notice that includes ...",
    // as quoted in the Legislature's own text of SF 4666 (2026), which would amend it (https://www.revisor.mn.gov/bills/94/2026/0/SF/4666/versions/latest),
    // and listed by the Attorney General (https://www.ag.state.mn.us/Data-Privacy/Business/Controller/Privacy-Notice.asp).
    noticeSection: 'Minn. Stat. §325M.16, subd. 1',
    sources: [
      'https://revisor.mn.gov/statutes/cite/325M.14',
      'https://www.recordinglaw.com/us-laws/data-privacy-laws/minnesota-data-privacy-laws/mcdpa-consumer-rights/',
      'https://whitecase.com/insight-alert/minnesota-enacts-comprehensive-consumer-data-privacy-law',
      'https://www.revisor.mn.gov/bills/94/2026/0/SF/4666/versions/latest',
      'https://www.ag.state.mn.us/Data-Privacy/Business/Controller/Privacy-Notice.asp',
    ],
    // The Attorney General takes MCDPA complaints ("you can submit a complaint to the Attorney General's Office", https://www.ag.state.mn.us/Data-Privacy/Consumer),
    // but no page read gives the address of its complaint form.
    unverified: ['appeal.days', 'authority.complaintUrl'],
  },
  {
    // Md. Code Com. Law §14-4601 et seq.; Chapter 455 (SB 541) of 2024
    id: 'US-MD',
    state: 'Maryland',
    officialName: 'Maryland Online Data Privacy Act',
    shortName: 'MODPA',
    citation: 'Md. Code Ann., Com. Law §14-4601 et seq.',
    statuteUrl: 'https://mgaleg.maryland.gov/2024RS/Chapters_noln/CH_455_sb0541e.pdf',
    effectiveDate: '2025-10-01',
    thresholds: 'Controls or processes data of 35,000 Marylanders a year (excluding payment-only data), or 10,000 and over 20% of gross revenue from selling personal data.',
    deadline: { days: 45, extensionDays: 45, source: 'Md. Code Com. Law §14-4605' },
    // If the appeal is denied, the consumer must be offered a way to complain to the Consumer Protection Division.
    appeal: { days: 60, source: 'Md. Code Com. Law §14-4605' },
    // §14-4605(b)(6): a list of the categories of third parties to which the controller has disclosed the consumer's (or any) personal data.
    rights: [...STANDARD, 'third-party-categories'],
    sensitiveData: 'consent', // and only where strictly necessary; sale of sensitive data is prohibited (§14-4607)
    authority: { name: 'Office of the Attorney General of Maryland, Consumer Protection Division', website: 'https://www.marylandattorneygeneral.gov', complaintUrl: 'https://www.marylandattorneygeneral.gov/Pages/CPD/default.aspx' },
    noticeSection: 'Md. Code Com. Law §14-4607',
    sources: ['https://casetext.com/statute/code-of-maryland/article-commercial-law/title-14-miscellaneous-consumer-protection-provisions/subtitle-46-online-data-privacy-act/section-14-4605-effective-until-1012025-effective-1012025', 'https://magnifyi.com/governor-signs-new-maryland-online-data-protection-act-of-2024', 'https://www.dataguidance.com/notes/maryland-data-protection-overview'],
    unverified: ['noticeSection', 'authority.complaintUrl'],
  },
  {
    // Ind. Code art. 24-15
    id: 'US-IN',
    state: 'Indiana',
    officialName: 'Indiana Consumer Data Protection Act',
    shortName: 'ICDPA',
    citation: 'Ind. Code art. 24-15',
    statuteUrl: 'https://iga.in.gov/laws/2025/ic/titles/24',
    effectiveDate: '2026-01-01',
    thresholds: 'Controls or processes data of 100,000 Hoosiers a year, or 25,000 and over 50% of gross revenue from selling personal data.',
    deadline: { days: 45, extensionDays: 45, source: 'Ind. Code §24-15-3' },
    appeal: { days: 60, source: 'Ind. Code §24-15-3' },
    rights: STANDARD,
    sensitiveData: 'consent',
    authority: { name: 'Office of the Indiana Attorney General', website: 'https://www.in.gov/attorneygeneral', complaintUrl: 'https://www.in.gov/attorneygeneral/consumer-protection-division/' },
    noticeSection: 'Ind. Code §24-15-4-3',
    sources: ['https://www.koleyjessen.com/insights/publications/new-state-privacy-laws-effective-january-1-2026-indiana-kentucky-and-rhode-island', 'https://www.compliancepoint.com/privacy/state-privacy-laws-taking-effect-in-2026'],
    unverified: ['deadline.source', 'appeal', 'noticeSection', 'authority.complaintUrl'],
  },
  {
    // KRS 367.3611 et seq. (HB 15, 2024)
    id: 'US-KY',
    state: 'Kentucky',
    officialName: 'Kentucky Consumer Data Protection Act',
    shortName: 'KCDPA',
    citation: 'Ky. Rev. Stat. §367.3611 et seq.',
    statuteUrl: 'https://apps.legislature.ky.gov/record/24rs/hb15.html',
    effectiveDate: '2026-01-01',
    thresholds: 'Controls or processes data of 100,000 Kentuckians a year, or 25,000 and over 50% of gross revenue from selling personal data.',
    deadline: { days: 45, extensionDays: 45, source: 'KRS 367.3611 et seq.' },
    appeal: { days: 60, source: 'KRS 367.3611 et seq.' },
    rights: STANDARD,
    sensitiveData: 'consent',
    authority: { name: 'Office of the Kentucky Attorney General', website: 'https://www.ag.ky.gov', complaintUrl: 'https://www.ag.ky.gov/Resources/Consumer-Resources/Pages/default.aspx' },
    noticeSection: 'KRS 367.3611 et seq.',
    sources: ['https://cookie-script.com/privacy-laws/privacy-laws-2026', 'https://www.koleyjessen.com/insights/publications/new-state-privacy-laws-effective-january-1-2026-indiana-kentucky-and-rhode-island'],
    unverified: ['appeal', 'noticeSection', 'authority.complaintUrl', 'statuteUrl'],
  },
  {
    // http://webserver.rilin.state.ri.us/Statutes/TITLE6/6-48.1/6-48.1-3.htm
    id: 'US-RI',
    state: 'Rhode Island',
    officialName: 'Rhode Island Data Transparency and Privacy Protection Act',
    shortName: 'RIDTPPA',
    citation: 'R.I. Gen. Laws §6-48.1-1 et seq.',
    statuteUrl: 'http://webserver.rilin.state.ri.us/Statutes/TITLE6/6-48.1/INDEX.htm',
    effectiveDate: '2026-01-01',
    thresholds: 'Controls or processes data of 35,000 Rhode Island customers a year (excluding payment-only data), or 10,000 and over 20% of gross revenue from selling personal data.',
    deadline: { days: 45, extensionDays: 45, source: 'R.I. Gen. Laws §6-48.1-5' },
    appeal: { days: 60, source: 'R.I. Gen. Laws §6-48.1-5' },
    rights: STANDARD,
    sensitiveData: 'consent', // §6-48.1-4
    authority: { name: 'Rhode Island Office of the Attorney General', website: 'https://riag.ri.gov', complaintUrl: 'https://riag.ri.gov/about-our-office/divisions-and-units/civil-division/consumer-protection' },
    noticeSection: 'R.I. Gen. Laws §6-48.1-3',
    // §6-48.1-3(a)(2): a controller that sells personally identifiable information must "identify all third parties to whom the controller has sold or may sell".
    special: [{ kind: 'third-parties-sold-to', article: 'R.I. Gen. Laws §6-48.1-3(a)(2)' }],
    sources: ['http://webserver.rilin.state.ri.us/Statutes/TITLE6/6-48.1/6-48.1-3.htm', 'https://www.datanuance.co/checklists/rhode-island'],
    unverified: ['deadline.source', 'appeal', 'authority.complaintUrl'],
  },
  {
    // SB 546 (2026), Okla. Stat. tit. 75A, §§300–315, signed 2026-03-20
    id: 'US-OK',
    state: 'Oklahoma',
    officialName: 'Oklahoma Data Privacy Act',
    shortName: 'ODPA',
    citation: 'Okla. Stat. tit. 75A, §300 et seq. (SB 546, 2026)',
    statuteUrl: 'http://www.oklegislature.gov/BillInfo.aspx?Bill=SB546&Session=2600',
    effectiveDate: '2027-01-01',
    thresholds: 'Data of 100,000 Oklahomans a year, or 25,000 and over 50% of gross revenue from selling personal data.',
    deadline: { days: 45, extensionDays: 45, source: 'SB 546 (2026)' },
    appeal: { days: 60, source: 'SB 546 (2026)' },
    rights: STANDARD,
    sensitiveData: 'consent',
    authority: { name: 'Oklahoma Attorney General', website: 'https://www.oag.ok.gov' },
    noticeSection: 'SB 546 (2026)',
    sources: ['https://okbusinessvoice.com/2026/03/23/oklahoma-enacts-virginia-style-consumer-data-privacy-law', 'https://www.cookieyes.com/blog/oklahoma-data-privacy-act/', 'https://mlifenews.xyz/2026/04/11/ok-data-privacy-act-creates-framework-giving-consumers-new-rights'],
    unverified: ['noticeSection', 'statuteUrl', 'authority.website'],
  },
  {
    // SB 386 (2026), Act 502, signed 2026-05-29
    id: 'US-LA',
    state: 'Louisiana',
    officialName: 'Louisiana Data Privacy Act',
    shortName: 'LDPA',
    citation: 'La. Acts 2026, No. 502 (SB 386)',
    statuteUrl: 'https://legis.la.gov/Legis/BillInfo.aspx?s=26RS&b=SB386',
    effectiveDate: '2027-01-01',
    thresholds: 'Does business in Louisiana and has gross revenue over $25 million, or handles data of 75,000 consumers, households or devices a year, or earns 50% of revenue from selling personal data.',
    deadline: { days: 45, extensionDays: 45, source: 'SB 386 (2026)' },
    appeal: { days: 60, source: 'SB 386 (2026)' },
    rights: STANDARD,
    sensitiveData: 'consent',
    authority: { name: 'Louisiana Attorney General', website: 'https://www.ag.state.la.us' },
    noticeSection: 'SB 386 (2026)',
    // Like Texas, it requires sale notices for sensitive and biometric data (https://www.privado.ai/post/louisiana-becomes-22nd-state-to-pass-a-comprehensive-consumer-privacy-law); their wording is not confirmed, so they are not generated.
    sources: ['https://consumerfsblog.com/2026/06/louisiana-becomes-22nd-state-to-enact-a-comprehensive-consumer-data-privacy-law/', 'https://www.privacylawnetwork.com/states/louisiana.html', 'https://hunton.sitepilot11.firmseek.com/privacy-and-cybersecurity-law-blog/louisiana-enacts-comprehensive-consumer-privacy-law'],
    unverified: ['deadline', 'appeal', 'noticeSection', 'statuteUrl', 'authority.website', 'special'],
  },
  {
    // HB 351 (2026), Ala. Act No. 2026-552
    id: 'US-AL',
    state: 'Alabama',
    officialName: 'Alabama Personal Data Protection Act',
    shortName: 'APDPA',
    citation: 'Ala. Act No. 2026-552 (HB 351)',
    statuteUrl: 'https://alison.legislature.state.al.us/bill-search?tab=2&bill=HB351',
    effectiveDate: '2027-05-01',
    thresholds: 'Data of more than 25,000 Alabamians (excluding payment-only data), or over 25% of gross revenue from selling personal data; businesses under 500 employees that do not sell data are exempt.',
    deadline: { days: 45, extensionDays: 45, source: 'Ala. Act No. 2026-552' },
    appeal: { days: 60, source: 'Ala. Act No. 2026-552' },
    rights: STANDARD,
    sensitiveData: 'consent',
    authority: { name: 'Alabama Attorney General', website: 'https://www.alabamaag.gov' },
    noticeSection: 'Ala. Act No. 2026-552',
    sources: ['https://infobytes.orrick.com/2026-05-01/alabama-enacts-consumer-data-privacy-and-protection-law/', 'https://www.thewbkfirm.com/industry/alabama-enacts-consumer-data-privacy-law', 'https://www.legaltechdigest.com/news/alabama-legislature-unanimously-passes-sweeping-personal-data-law', 'https://openagreements.org/legal/privacy/alabama.md'],
    unverified: ['appeal', 'noticeSection', 'statuteUrl', 'authority.website'],
  },
];

/** The row of one state. */
export function usStateRow(id: UsStateJurisdiction): UsStateRow {
  const row = US_STATE_TABLE.find((r) => r.id === id);
  if (!row) throw new Error(`no US state row for ${id}`);
  return row;
}

/** The rights a state's law gives on `date` (an amendment's right only from its day). */
export function rightsOn(row: UsStateRow, date: string): UsRight[] {
  return row.rights.filter((r) => {
    const from = row.rightsFrom?.[r];
    return from === undefined || date >= from;
  });
}

/** Whether a state's law is in force on `date` (ISO dates compare as strings). */
export function inForceOn(row: UsStateRow, date: string): boolean {
  return date >= row.effectiveDate;
}
