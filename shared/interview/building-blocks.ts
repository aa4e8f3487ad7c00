import type { CcpaCategory, DataSource, LegalBasis, Requirement, SensitivePiKind, SensitivePiUse, SpecialCategory, SpecialCondition } from '../model/schema.ts';
import type { FactText } from './texts.ts';

/**
 * The facts the interview can add, as building blocks: each data category and
 * each processing activity a small business typically has, written once in
 * plain words in every interview language. Answers name blocks by key; the
 * interview never writes a fact outside this file, the library and the
 * person's own answers.
 */

export const CATEGORY_KEYS = ['contact', 'technical', 'account', 'orders', 'payment', 'newsletter', 'browsing', 'advertising', 'support', 'app-data', 'health', 'biometric', 'criminal'] as const;
export type CategoryKey = (typeof CATEGORY_KEYS)[number];

export interface CategoryBlock {
  name: FactText;
  examples: readonly FactText[];
  sources: readonly { kind: DataSource; detail?: FactText }[];
  ccpaCategory?: CcpaCategory;
  special?: SpecialCategory;
  sensitivePi?: SensitivePiKind;
  sensitivePiUse?: SensitivePiUse;
}

export const CATEGORIES: Readonly<Record<CategoryKey, CategoryBlock>> = {
  contact: {
    name: { en: 'Contact details and messages', sv: 'Kontaktuppgifter och meddelanden' },
    examples: [
      { en: 'Name, email address and phone number', sv: 'Namn, e-postadress och telefonnummer' },
      { en: 'What you write to us', sv: 'Det du skriver till oss' },
    ],
    sources: [{ kind: 'data-subject' }],
    ccpaCategory: 'identifiers',
  },
  technical: {
    name: { en: 'Technical data', sv: 'Teknisk information' },
    examples: [
      { en: 'IP address', sv: 'IP-adress' },
      { en: 'Browser, device and operating system', sv: 'Webbläsare, enhet och operativsystem' },
      { en: 'The pages requested and when', sv: 'Vilka sidor som begärs och när' },
    ],
    sources: [{ kind: 'automatic' }],
    ccpaCategory: 'internet-activity',
  },
  account: {
    name: { en: 'Account details', sv: 'Kontouppgifter' },
    examples: [
      { en: 'Name and email address', sv: 'Namn och e-postadress' },
      { en: 'Password (stored only in scrambled form)', sv: 'Lösenord (lagras bara i krypterad form)' },
      { en: 'Your settings', sv: 'Dina inställningar' },
    ],
    sources: [{ kind: 'data-subject' }],
    ccpaCategory: 'identifiers',
    sensitivePi: 'account-login',
    sensitivePiUse: 'permitted-purposes',
  },
  orders: {
    name: { en: 'Orders and purchases', sv: 'Beställningar och köp' },
    examples: [
      { en: 'Name, email address, and delivery and billing address', sv: 'Namn, e-postadress samt leverans- och fakturaadress' },
      { en: 'What you ordered, prices and order history', sv: 'Vad du har beställt, priser och orderhistorik' },
      { en: 'Returns and complaints', sv: 'Returer och reklamationer' },
    ],
    sources: [{ kind: 'data-subject' }],
    ccpaCategory: 'commercial',
  },
  payment: {
    name: { en: 'Payment details', sv: 'Betalningsuppgifter' },
    examples: [
      { en: 'Payment method', sv: 'Betalsätt' },
      { en: 'Whether and when you paid', sv: 'Om och när du har betalat' },
    ],
    sources: [{ kind: 'data-subject' }, { kind: 'third-party', detail: { en: 'Our payment providers, which confirm your payment', sv: 'Våra betaltjänstleverantörer, som bekräftar din betalning' } }],
    ccpaCategory: 'commercial',
  },
  newsletter: {
    name: { en: 'Newsletter subscription', sv: 'Prenumeration på nyhetsbrev' },
    examples: [
      { en: 'Email address', sv: 'E-postadress' },
      { en: 'When you subscribed', sv: 'När du började prenumerera' },
      { en: 'Whether you open our emails and click their links', sv: 'Om du öppnar våra mejl och klickar på länkarna i dem' },
    ],
    sources: [{ kind: 'data-subject' }, { kind: 'automatic' }],
    ccpaCategory: 'identifiers',
  },
  browsing: {
    name: { en: 'Usage data', sv: 'Användningsdata' },
    examples: [
      { en: 'Pages you visit and what you click', sv: 'Vilka sidor du besöker och vad du klickar på' },
      { en: 'The website that sent you to us', sv: 'Webbplatsen som skickade dig till oss' },
      { en: 'Device, browser and approximate location', sv: 'Enhet, webbläsare och ungefärlig plats' },
    ],
    sources: [{ kind: 'automatic' }],
    ccpaCategory: 'internet-activity',
  },
  advertising: {
    name: { en: 'Advertising data', sv: 'Annonsdata' },
    examples: [
      { en: 'Cookie and advertising identifiers', sv: 'Identifierare i kakor och för annonsering' },
      { en: 'Pages viewed and purchases made on our website', sv: 'Sidor som visats och köp som gjorts på vår webbplats' },
      { en: 'Which of our ads you saw or clicked', sv: 'Vilka av våra annonser du har sett eller klickat på' },
    ],
    sources: [{ kind: 'automatic' }],
    ccpaCategory: 'internet-activity',
  },
  support: {
    name: { en: 'Customer service conversations', sv: 'Kundtjänstärenden' },
    examples: [
      { en: 'Chat messages and emails', sv: 'Chattmeddelanden och mejl' },
      { en: 'Name, contact details and order number', sv: 'Namn, kontaktuppgifter och ordernummer' },
    ],
    sources: [{ kind: 'data-subject' }],
    ccpaCategory: 'customer-records',
  },
  'app-data': {
    name: { en: 'App and device data', sv: 'App- och enhetsdata' },
    examples: [
      { en: 'Device model and operating system version', sv: 'Enhetsmodell och version av operativsystemet' },
      { en: 'App version', sv: 'Appens version' },
      { en: 'Crash and error reports', sv: 'Krasch- och felrapporter' },
    ],
    sources: [{ kind: 'automatic' }],
    ccpaCategory: 'internet-activity',
  },
  health: {
    name: { en: 'Health information', sv: 'Uppgifter om hälsa' },
    examples: [{ en: 'What you tell us about your health', sv: 'Det du berättar för oss om din hälsa' }],
    sources: [{ kind: 'data-subject' }],
    special: 'health',
    sensitivePi: 'health',
    ccpaCategory: 'sensitive',
  },
  biometric: {
    name: { en: 'Biometric data', sv: 'Biometriska uppgifter' },
    examples: [{ en: 'Fingerprint or face scan used to identify you', sv: 'Fingeravtryck eller ansiktsskanning som används för att identifiera dig' }],
    sources: [{ kind: 'data-subject' }],
    special: 'biometric-identification',
    sensitivePi: 'biometric-identification',
    ccpaCategory: 'biometric',
  },
  criminal: {
    name: { en: 'Criminal records', sv: 'Uppgifter om brott' },
    examples: [{ en: 'Extracts from the criminal records register', sv: 'Utdrag ur belastningsregistret' }],
    sources: [{ kind: 'data-subject' }],
    special: 'criminal-offences',
  },
};

export const ACTIVITY_KEYS = ['contact', 'website', 'account', 'orders', 'payments', 'bookkeeping', 'newsletter', 'analytics', 'advertising', 'support', 'app', 'health', 'biometric', 'criminal'] as const;
export type ActivityKey = (typeof ACTIVITY_KEYS)[number];

export interface BasisBlock {
  basis: LegalBasis;
  /** Legitimate interests: the interest weighed, written here since it is the same for every small business that does this. */
  interest?: FactText;
  specialCondition?: SpecialCondition;
}

/**
 * Retention as a criterion the person can confirm, or the bookkeeping law's
 * period. No block states a number of months the interview cannot know.
 */
export type RetentionBlock = { kind: 'text'; text: FactText } | { kind: 'bookkeeping' };

export interface ActivityBlock {
  purpose: FactText;
  categories: readonly CategoryKey[];
  /** `legal-obligation` bases take their law from the company's country (`bookkeeping.ts`), or leave it for the person to name. */
  legalBases: readonly BasisBlock[];
  requirement: Requirement;
  consequence?: FactText;
  retention: RetentionBlock;
  sharesForAdvertising?: boolean;
  targetedAdvertising?: boolean;
}

const UNTIL_WITHDRAWN: FactText = { en: 'Until you withdraw your consent', sv: 'Tills du återkallar ditt samtycke' };

export const ACTIVITIES: Readonly<Record<ActivityKey, ActivityBlock>> = {
  contact: {
    purpose: { en: 'Answer the questions and messages you send us', sv: 'Svara på frågor och meddelanden som du skickar till oss' },
    categories: ['contact'],
    legalBases: [{ basis: 'legitimate-interests', interest: { en: 'Being able to answer the people who contact us', sv: 'Att kunna svara dem som kontaktar oss' } }],
    requirement: 'optional',
    consequence: { en: 'Without your contact details we cannot answer you', sv: 'Utan dina kontaktuppgifter kan vi inte svara dig' },
    retention: { kind: 'text', text: { en: 'For as long as we need to answer your message and follow it up', sv: 'Så länge vi behöver för att besvara och följa upp ditt meddelande' } },
  },
  website: {
    purpose: { en: 'Run our website and keep it secure', sv: 'Driva vår webbplats och hålla den säker' },
    categories: ['technical'],
    legalBases: [{ basis: 'legitimate-interests', interest: { en: 'Running a website that works and is secure', sv: 'Att driva en webbplats som fungerar och är säker' } }],
    requirement: 'optional',
    retention: { kind: 'text', text: { en: 'Only as long as needed to show you the website and keep it secure', sv: 'Bara så länge som behövs för att visa webbplatsen och hålla den säker' } },
  },
  account: {
    purpose: { en: 'Create and run your customer account', sv: 'Skapa och hantera ditt kundkonto' },
    categories: ['account'],
    legalBases: [{ basis: 'contract' }],
    requirement: 'contract-entry',
    consequence: { en: 'Without these details we cannot create an account for you', sv: 'Utan de här uppgifterna kan vi inte skapa ett konto åt dig' },
    retention: { kind: 'text', text: { en: 'For as long as you keep your account', sv: 'Så länge du har kvar ditt konto' } },
  },
  orders: {
    purpose: { en: 'Handle your orders: deliver what you bought, confirm your order and handle returns and complaints', sv: 'Hantera dina beställningar: leverera det du har köpt, bekräfta beställningen och hantera returer och reklamationer' },
    categories: ['orders'],
    legalBases: [{ basis: 'contract' }],
    requirement: 'contract-entry',
    consequence: { en: 'Without these details we cannot take or deliver your order', sv: 'Utan de här uppgifterna kan vi inte ta emot eller leverera din beställning' },
    retention: { kind: 'text', text: { en: 'Until your order is complete and the time for returns and complaints has passed', sv: 'Tills beställningen är klar och tiden för returer och reklamationer har gått ut' } },
  },
  payments: {
    purpose: { en: 'Take payment for what you buy', sv: 'Ta betalt för det du köper' },
    categories: ['payment', 'orders'],
    legalBases: [{ basis: 'contract' }],
    requirement: 'contract-entry',
    consequence: { en: 'Without a payment we cannot complete your purchase', sv: 'Utan betalning kan vi inte genomföra ditt köp' },
    retention: { kind: 'text', text: { en: 'Until the payment is complete; what the accounting law requires is then kept as accounting records', sv: 'Tills betalningen är klar; det som bokföringslagen kräver sparas sedan som räkenskapsinformation' } },
  },
  bookkeeping: {
    purpose: { en: 'Keep the accounting records the law requires', sv: 'Föra den bokföring som lagen kräver' },
    categories: ['orders'],
    legalBases: [{ basis: 'legal-obligation' }],
    requirement: 'statutory',
    consequence: { en: 'The law requires a record of every sale, so we cannot sell to you without one', sv: 'Lagen kräver att varje försäljning bokförs, så vi kan inte sälja till dig utan det' },
    retention: { kind: 'bookkeeping' },
  },
  newsletter: {
    purpose: { en: 'Send you our newsletter, when you have subscribed to it', sv: 'Skicka vårt nyhetsbrev till dig, när du har valt att prenumerera' },
    categories: ['newsletter'],
    legalBases: [{ basis: 'consent' }],
    requirement: 'optional',
    consequence: { en: 'If you do not subscribe, you get no newsletter; everything else works the same', sv: 'Om du inte prenumererar får du inget nyhetsbrev; allt annat fungerar som vanligt' },
    retention: { kind: 'text', text: { en: 'Until you unsubscribe', sv: 'Tills du avslutar prenumerationen' } },
  },
  analytics: {
    purpose: { en: 'Measure how visitors use our website, to improve it', sv: 'Mäta hur besökare använder vår webbplats, för att förbättra den' },
    categories: ['browsing'],
    legalBases: [{ basis: 'consent' }],
    requirement: 'optional',
    consequence: { en: 'If you do not consent, we do not measure your visits; the website works the same', sv: 'Om du inte samtycker mäter vi inte dina besök; webbplatsen fungerar som vanligt' },
    retention: { kind: 'text', text: UNTIL_WITHDRAWN },
  },
  advertising: {
    purpose: { en: 'Show you our ads on other websites and apps, and measure which ads work', sv: 'Visa dig våra annonser på andra webbplatser och i appar, och mäta vilka annonser som fungerar' },
    categories: ['advertising'],
    legalBases: [{ basis: 'consent' }],
    requirement: 'optional',
    consequence: { en: 'If you do not consent, you still see ads, but not ones based on your visits to us', sv: 'Om du inte samtycker ser du fortfarande annonser, men inte sådana som bygger på dina besök hos oss' },
    retention: { kind: 'text', text: UNTIL_WITHDRAWN },
    sharesForAdvertising: true,
    targetedAdvertising: true,
  },
  support: {
    purpose: { en: 'Help you through our customer service and chat', sv: 'Hjälpa dig genom vår kundtjänst och chatt' },
    categories: ['support'],
    legalBases: [{ basis: 'legitimate-interests', interest: { en: 'Helping our customers and solving their problems', sv: 'Att hjälpa våra kunder och lösa deras problem' } }],
    requirement: 'optional',
    consequence: { en: 'Without your contact details we cannot help you with your case', sv: 'Utan dina kontaktuppgifter kan vi inte hjälpa dig med ditt ärende' },
    retention: { kind: 'text', text: { en: 'Until your case is closed and for as long as we may need it to follow up', sv: 'Tills ditt ärende är avslutat och så länge vi kan behöva det för uppföljning' } },
  },
  app: {
    purpose: { en: 'Run our app and fix errors and crashes', sv: 'Driva vår app och rätta fel och krascher' },
    categories: ['app-data'],
    legalBases: [{ basis: 'legitimate-interests', interest: { en: 'Offering an app that works, and fixing what goes wrong', sv: 'Att erbjuda en app som fungerar och att rätta det som går fel' } }],
    requirement: 'optional',
    retention: { kind: 'text', text: { en: 'Until the error has been fixed', sv: 'Tills felet har rättats' } },
  },
  health: {
    purpose: { en: 'Provide the services you ask for that need your health information', sv: 'Tillhandahålla de tjänster du ber om som kräver uppgifter om din hälsa' },
    categories: ['health'],
    legalBases: [{ basis: 'consent', specialCondition: 'explicit-consent' }],
    requirement: 'optional',
    consequence: { en: 'Without this information we cannot provide these services to you', sv: 'Utan de här uppgifterna kan vi inte ge dig de här tjänsterna' },
    retention: { kind: 'text', text: UNTIL_WITHDRAWN },
  },
  biometric: {
    purpose: { en: 'Identify you by your fingerprint or face, when you choose to', sv: 'Identifiera dig med fingeravtryck eller ansikte, när du väljer det' },
    categories: ['biometric'],
    legalBases: [{ basis: 'consent', specialCondition: 'explicit-consent' }],
    requirement: 'optional',
    consequence: { en: 'If you do not consent, you can identify yourself in another way', sv: 'Om du inte samtycker kan du identifiera dig på ett annat sätt' },
    retention: { kind: 'text', text: UNTIL_WITHDRAWN },
  },
  criminal: {
    purpose: { en: 'Check criminal records where the law requires it', sv: 'Kontrollera uppgifter om brott där lagen kräver det' },
    categories: ['criminal'],
    legalBases: [{ basis: 'legal-obligation' }],
    requirement: 'statutory',
    retention: { kind: 'text', text: { en: 'For as long as the law that requires the check allows', sv: 'Så länge som lagen som kräver kontrollen tillåter' } },
  },
};
