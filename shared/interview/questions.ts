// load.ts, not the library's index: the editor loads the library in a chunk of its own, with the interview.
import { library } from "../library/load.ts";
import type { LibraryService } from "../library/types.ts";
import { US_STATE_TABLE } from "../laws/us-state-table.ts";
import type { Choice, Question } from "./types.ts";

/** "Several of" choices that only lead into other questions add nothing themselves. */
const none = {};

/** What the person sells online; any sale brings the order and bookkeeping activities. */
const SALE = { activities: ["orders", "bookkeeping"] } as const;

/** The library's services as choices, each labelled with what it does. */
function serviceChoices(library: readonly LibraryService[]): Choice[] {
  return library.map((s) => ({
    value: s.id,
    label: `${s.name} (${s.kind.replace(/-/g, " ")})`,
    adds: { services: [s.id] },
  }));
}

/** Each US state with a comprehensive privacy law, as a choice that selects it (its law's start date when later than 2026). */
function usStateChoices(): Choice[] {
  return US_STATE_TABLE.map((r) => ({
    value: r.id,
    label: r.effectiveDate > "2026-12-31" ? `${r.state} (from ${r.effectiveDate})` : r.state,
    adds: { jurisdictions: [r.id] },
  }));
}

/**
 * The guided interview: about fifteen plain-language questions for a
 * small-business owner, asked one at a time. Each answer's facts are data
 * here (`adds`, `yes`, `no`); a text or country answer fills the company's
 * own details. Nothing is hidden from the form afterwards. The services
 * question offers the given library's services.
 */
export function interviewQuestions(
  library: readonly LibraryService[],
): Question[] {
  return [
    {
      id: "company-country",
      kind: "country",
      text: "In which country is your company registered?",
      help: "This decides which privacy law applies to you in any case, and which bookkeeping rules apply to your records.",
    },
    {
      id: "company",
      kind: "text",
      text: "What is your company called, and how can people reach you?",
      help: "Use the legal name from your registration. The email address is where people can ask about their data.",
      fields: [
        { id: "legalName", label: "Legal name of the company", required: true },
        {
          id: "tradingName",
          label: "Name customers know you by, if different",
          required: false,
        },
        {
          id: "email",
          label: "Email address for privacy questions",
          required: true,
          format: "email",
        },
        { id: "street", label: "Street address", required: true },
        { id: "postalCode", label: "Postal code", required: true },
        { id: "city", label: "City", required: true },
        {
          id: "region",
          label: "State, province or county, if your addresses use one",
          required: false,
        },
        { id: "phone", label: "Phone number", required: false },
        {
          id: "website",
          label: "Website address",
          required: false,
          format: "url",
        },
        {
          id: "requestForm",
          label:
            "Web page where people can send you a request about their data, if you have one",
          required: false,
          format: "url",
        },
      ],
    },
    {
      id: "languages",
      kind: "several-of",
      text: "In which languages should your privacy policy be written?",
      help: "The first one you pick is the main language. You can add more languages later and translate the texts in the form.",
      choices: [
        { value: "en", label: "English", adds: { languages: ["en"] } },
        {
          value: "sv",
          label: "Swedish (svenska)",
          adds: { languages: ["sv"] },
        },
      ],
      default: ["en"],
    },
    {
      id: "customer-regions",
      kind: "several-of",
      text: "Where do your customers and visitors live?",
      help: "Pick every place you sell to or aim your website at. Privacy laws protect people where they live.",
      choices: [
        {
          value: "eu",
          label: "The European Union, Norway, Iceland or Liechtenstein",
          adds: { jurisdictions: ["EU"] },
        },
        {
          value: "uk",
          label: "The United Kingdom",
          adds: { jurisdictions: ["UK"] },
        },
        { value: "ch", label: "Switzerland", adds: { jurisdictions: ["CH"] } },
        {
          value: "us",
          label: "The United States",
          adds: none,
        },
        { value: "br", label: "Brazil", adds: { jurisdictions: ["BR"] } },
        { value: "ca", label: "Canada", adds: { jurisdictions: ["CA"] } },
        { value: "au", label: "Australia", adds: { jurisdictions: ["AU"] } },
        { value: "elsewhere", label: "Somewhere else", adds: none },
      ],
      default: [],
    },
    {
      id: "us-states",
      kind: "several-of",
      text: "In which US states do you have customers?",
      help: "Each of these states has its own privacy law, with its own thresholds (most apply from 100,000 residents a year, some from 35,000 or fewer). Pick the states whose law applies to you; California is the next question.",
      showWhen: [
        { question: "customer-regions", anyOf: ["us"] },
        { question: "company-country", anyOf: ["US"] },
      ],
      choices: usStateChoices(),
      // Skipped, the draft keeps every state law in force today, as migrating an old "US" does: the user removes the others.
      default: US_STATE_TABLE.filter((r) => r.effectiveDate <= new Date().toISOString().slice(0, 10)).map((r) => r.id),
    },
    {
      id: "california",
      kind: "yes-no",
      text: "Is your business large enough for California’s privacy law?",
      help: "It applies if your yearly revenue is above about 25 million US dollars (adjusted for inflation each year), or you buy, sell or share the data of 100,000 or more Californians a year, or half your revenue comes from selling or sharing personal data.",
      showWhen: [
        { question: "customer-regions", anyOf: ["us"] },
        { question: "company-country", anyOf: ["US"] },
      ],
      yes: { jurisdictions: ["US-CA"] },
      no: none,
      default: false,
    },
    {
      id: "sells",
      kind: "several-of",
      text: "What do you sell online?",
      choices: [
        {
          value: "physical-goods",
          label: "Things we ship to customers",
          adds: SALE,
        },
        {
          value: "digital-goods",
          label: "Downloads, subscriptions or other digital products",
          adds: SALE,
        },
        { value: "services", label: "Services or bookings", adds: SALE },
        {
          value: "nothing",
          label: "Nothing: our website only gives information",
          adds: none,
          exclusive: true,
        },
      ],
      default: ["nothing"],
    },
    {
      id: "payments",
      kind: "one-of",
      text: "How do your customers pay?",
      showWhen: [
        {
          question: "sells",
          anyOf: ["physical-goods", "digital-goods", "services"],
        },
      ],
      choices: [
        {
          value: "online",
          label: "Online, by card or a payment service, on our website or app",
          adds: { activities: ["payments"] },
        },
        {
          value: "invoice",
          label: "We send an invoice",
          adds: { activities: ["payments"] },
        },
        {
          value: "not-online",
          label: "Not online: in person, or outside our website",
          adds: none,
        },
      ],
      default: "online",
    },
    {
      id: "accounts",
      kind: "yes-no",
      text: "Can customers create an account with you, with a password?",
      yes: { activities: ["account"] },
      no: none,
      default: false,
    },
    {
      id: "newsletter",
      kind: "yes-no",
      text: "Do you send a newsletter or offers by email?",
      yes: { activities: ["newsletter"], marketing: ["email"] },
      no: none,
      default: false,
    },
    {
      id: "analytics",
      kind: "yes-no",
      text: "Do you measure visits to your website, for example with Google Analytics?",
      yes: { activities: ["analytics"] },
      no: none,
      default: false,
    },
    {
      id: "advertising",
      kind: "yes-no",
      text: "Do you show ads to people who visited your website, or measure your ads with a pixel or tag, for example from Meta or Google?",
      yes: { activities: ["advertising"] },
      no: none,
      default: false,
    },
    {
      id: "support-chat",
      kind: "yes-no",
      text: "Do you offer a chat or a help desk for customer questions?",
      yes: { activities: ["support"] },
      no: none,
      default: false,
    },
    {
      id: "app",
      kind: "yes-no",
      text: "Do you have a mobile app?",
      yes: { activities: ["app"], scope: ["app"] },
      no: none,
      default: false,
    },
    {
      id: "children",
      kind: "one-of",
      text: "Is what you offer made for children?",
      choices: [
        {
          value: "adults",
          label: "No, it is only for adults (18 or over)",
          adds: { children: { minimumAge: 18, directedAtChildren: false } },
        },
        {
          value: "general",
          label: "No, it is for a general audience, not made for children",
          adds: { children: { minimumAge: 16, directedAtChildren: false } },
        },
        {
          value: "teens",
          label: "No, but teenagers from 13 may use it",
          adds: { children: { minimumAge: 13, directedAtChildren: false } },
        },
        // GDPR Art. 8(1): 16 unless the member state's law sets 13 to 15; the form lets the person set their country's age.
        {
          value: "children",
          label: "Yes, it is made for children",
          adds: { children: { minimumAge: 16, directedAtChildren: true } },
        },
      ],
      default: "general",
    },
    {
      id: "sensitive",
      kind: "several-of",
      text: "Do you collect any of these especially sensitive kinds of information?",
      help: "The law protects these more strictly: you need people’s explicit consent or another special reason.",
      choices: [
        {
          value: "health",
          label: "Health information",
          adds: { activities: ["health"] },
        },
        {
          value: "biometric",
          label: "Fingerprints or face scans to identify people",
          adds: { activities: ["biometric"] },
        },
        {
          value: "criminal",
          label: "Criminal records",
          adds: { activities: ["criminal"] },
        },
        { value: "none", label: "None of these", adds: none, exclusive: true },
      ],
      default: ["none"],
    },
    {
      id: "services",
      kind: "several-of",
      text: "Which of these services do you use for your website, shop or business?",
      help: "Pick every service that receives your customers’ or visitors’ data. The facts about each one come from its own published terms; you can add others in the form.",
      choices: serviceChoices(library),
      default: [],
    },
    {
      id: "requests",
      kind: "several-of",
      text: "How can people ask you about their data?",
      help: "For example to see what you hold about them or to have it deleted. Some laws ask for two ways or more.",
      choices: [
        {
          value: "email",
          label: "By email",
          adds: { requestChannels: ["email"] },
        },
        {
          value: "web-form",
          label: "On a web page (the one you gave above)",
          adds: { requestChannels: ["web-form"] },
        },
        {
          value: "phone",
          label: "By phone (the number you gave above)",
          adds: { requestChannels: ["phone"] },
        },
        {
          value: "post",
          label: "By letter to our address",
          adds: { requestChannels: ["post"] },
        },
      ],
      default: ["email"],
    },
    {
      id: "online-only",
      kind: "yes-no",
      text: "Do you deal with your customers only online?",
      help: "California then accepts an email address for requests; otherwise it also asks for a toll-free phone number.",
      showWhen: [{ question: "california", anyOf: [true] }],
      yes: { onlineOnly: true },
      no: { onlineOnly: false },
      default: true,
    },
  ];
}

/** The interview, with the library shipped in `shared/library`. */
export const QUESTIONS: readonly Question[] = interviewQuestions(library().services);

/** The question with this id. */
export function questionById(id: string): Question | undefined {
  return QUESTIONS.find((q) => q.id === id);
}
