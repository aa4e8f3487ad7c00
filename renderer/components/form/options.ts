import {
  CCPA_CATEGORIES,
  CCPA_ROLES,
  DATA_SOURCES,
  DEROGATIONS,
  LEGAL_BASES,
  RECIPIENT_ROLES,
  REQUEST_CHANNEL_KINDS,
  REQUIREMENTS,
  RETENTION_STARTS,
  RETENTION_UNITS,
  SENSITIVE_PI_KINDS,
  SENSITIVE_PI_USES,
  SPECIAL_CATEGORIES,
  SPECIAL_CONDITIONS,
  type TransferLaw,
  type TransferMechanism,
} from '../../../shared/model/index.ts';
import { t, type MessageKey } from '../../i18n/t.ts';
import type { FieldOption } from '../fields.tsx';

/** Options labelled `prefix.value` in the message file, with `prefix.value.help` as their one-line help where asked. */
export function labelled(values: readonly string[], prefix: string, withHelp = false): FieldOption[] {
  return values.map((v) => ({ value: v, label: t(`${prefix}.${v}` as MessageKey), help: withHelp ? t(`${prefix}.${v}.help` as MessageKey) : undefined }));
}

export const SOURCE_OPTIONS = labelled(DATA_SOURCES, 'source', true);
export const SPECIAL_OPTIONS = labelled(SPECIAL_CATEGORIES, 'special');
export const SENSITIVE_PI_OPTIONS = labelled(SENSITIVE_PI_KINDS, 'sensitivePi');
export const SENSITIVE_PI_USE_OPTIONS = labelled(SENSITIVE_PI_USES, 'sensitivePiUse', true);
export const CCPA_CATEGORY_OPTIONS = labelled(CCPA_CATEGORIES, 'ccpaCategory');
export const LEGAL_BASIS_OPTIONS = labelled(LEGAL_BASES, 'legalBasis', true);
export const SPECIAL_CONDITION_OPTIONS = labelled(SPECIAL_CONDITIONS, 'specialCondition');
export const REQUIREMENT_OPTIONS = labelled(REQUIREMENTS, 'requirement', true);
export const RETENTION_UNIT_OPTIONS = labelled(RETENTION_UNITS, 'retentionUnit');
export const RETENTION_START_OPTIONS = labelled(RETENTION_STARTS, 'retentionStart');
export const RETENTION_KIND_OPTIONS = labelled(['period', 'text'], 'retentionKind');
export const RECIPIENT_ROLE_OPTIONS = labelled(RECIPIENT_ROLES, 'recipientRole', true);
export const CCPA_ROLE_OPTIONS = labelled(CCPA_ROLES, 'ccpaRole', true);
export const DEROGATION_OPTIONS = labelled(DEROGATIONS, 'derogation');
export const CHANNEL_KIND_OPTIONS = labelled(REQUEST_CHANNEL_KINDS, 'requestChannel');

/** The transfer tools each law knows: the IDTA and the Addendum exist only under UK law. */
export const MECHANISMS_BY_LAW: Readonly<Record<TransferLaw, readonly TransferMechanism[]>> = {
  eu: ['adequacy', 'dpf', 'scc', 'bcr', 'derogation', 'none'],
  uk: ['adequacy', 'dpf', 'idta', 'uk-addendum', 'bcr', 'derogation', 'none'],
  ch: ['adequacy', 'dpf', 'scc', 'bcr', 'derogation', 'none'],
};

/** The options for one law; "dpf" is named as that law calls it (UK Extension, Swiss-US framework). */
export function mechanismOptions(law: TransferLaw): FieldOption[] {
  return MECHANISMS_BY_LAW[law].map((m) => ({
    value: m,
    label: t((m === 'dpf' ? `mechanism.dpf.${law}` : `mechanism.${m}`) as MessageKey),
    help: t(`mechanism.${m}.help` as MessageKey),
  }));
}
