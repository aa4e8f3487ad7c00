import type { DocumentLanguage } from '../model/languages.ts';
import type { Jurisdiction, RequestChannelKind } from '../model/schema.ts';
import type { ActivityKey } from './building-blocks.ts';

/**
 * One answer, as the answers file holds it: yes/no as a boolean, "one of" and
 * a country as a string, "several of" as a list, and a text question as an
 * object of its fields (`{ "legalName": "Acme AB", "email": "…" }`).
 */
export type AnswerValue = boolean | string | readonly string[] | Readonly<Record<string, string>>;

/** The answers so far, keyed by question id; a question without an entry was skipped (its default applies). */
export type Answers = Readonly<Record<string, AnswerValue>>;

/** Company fields a text question can fill. */
export type CompanyField = 'legalName' | 'tradingName' | 'email' | 'phone' | 'website' | 'street' | 'postalCode' | 'city' | 'region' | 'requestForm';

/**
 * What an answer adds to the project, as data. Activities are named building
 * blocks (each brings its purpose, legal bases, retention and the data
 * categories it uses); services are library ids.
 */
export interface Facts {
  activities?: readonly ActivityKey[];
  jurisdictions?: readonly Jurisdiction[];
  languages?: readonly DocumentLanguage[];
  /** Library service ids (`shared/library`): recipients, with the cookies each sets. */
  services?: readonly string[];
  /** What the policy covers, besides the website. */
  scope?: readonly ('app')[];
  /** Direct marketing by these channels. */
  marketing?: readonly ('email')[];
  children?: { minimumAge: number; directedAtChildren: boolean };
  requestChannels?: readonly RequestChannelKind[];
  onlineOnly?: boolean;
}

/** Shown only when an earlier answer (or its default) equals one of `anyOf`, or for a list holds one of them. */
export interface Condition {
  question: string;
  anyOf: readonly (string | boolean)[];
}

export interface Choice {
  value: string;
  /** Plain words, as the person would say it. */
  label: string;
  adds: Facts;
  /** Chosen alone: picking it clears the others ("None of these"). */
  exclusive?: boolean;
}

export interface TextField {
  id: CompanyField;
  label: string;
  required: boolean;
  /** What the field must look like, checked before the project is built. */
  format?: 'email' | 'url';
}

interface QuestionBase {
  id: string;
  /** The question, in plain English for a small-business owner. */
  text: string;
  /** One or two sentences on why it is asked or what counts. */
  help?: string;
  /** Any one condition holding shows the question; without conditions it is always shown. */
  showWhen?: readonly Condition[];
}

export interface YesNoQuestion extends QuestionBase {
  kind: 'yes-no';
  yes: Facts;
  no: Facts;
  default: boolean;
}

export interface OneOfQuestion extends QuestionBase {
  kind: 'one-of';
  choices: readonly Choice[];
  default: string;
}

export interface SeveralOfQuestion extends QuestionBase {
  kind: 'several-of';
  choices: readonly Choice[];
  default: readonly string[];
}

/** The company's country (ISO 3166 alpha-2): its address, its own law, its bookkeeping act. */
export interface CountryQuestion extends QuestionBase {
  kind: 'country';
}

export interface TextQuestion extends QuestionBase {
  kind: 'text';
  fields: readonly TextField[];
}

export type Question = YesNoQuestion | OneOfQuestion | SeveralOfQuestion | CountryQuestion | TextQuestion;
