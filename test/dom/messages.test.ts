import { describe, expect, it } from 'vitest';
import en from '../../renderer/i18n/en.json';
import { MECHANISMS_BY_LAW } from '../../renderer/components/form/options.ts';
import {
  CCPA_CATEGORIES,
  CCPA_ROLES,
  COOKIE_CATEGORIES,
  DATA_SOURCES,
  DEROGATIONS,
  JURISDICTIONS,
  LEGAL_BASES,
  RECIPIENT_ROLES,
  REQUEST_CHANNEL_KINDS,
  REQUIREMENTS,
  RETENTION_STARTS,
  RETENTION_UNITS,
  SENSITIVE_PI_KINDS,
  SPECIAL_CATEGORIES,
  SPECIAL_CONDITIONS,
  TRANSFER_MECHANISMS,
} from '../../shared/model/index.ts';

/** Keys the form builds from schema values (`jurisdiction.${value}`), which the type checker cannot see. */
const DYNAMIC_KEYS = [
  ...JURISDICTIONS.map((v) => `jurisdiction.${v}`),
  ...LEGAL_BASES.flatMap((v) => [`legalBasis.${v}`, `legalBasis.${v}.help`]),
  ...DATA_SOURCES.flatMap((v) => [`source.${v}`, `source.${v}.help`]),
  ...SPECIAL_CATEGORIES.map((v) => `special.${v}`),
  ...SENSITIVE_PI_KINDS.map((v) => `sensitivePi.${v}`),
  ...CCPA_CATEGORIES.map((v) => `ccpaCategory.${v}`),
  ...SPECIAL_CONDITIONS.map((v) => `specialCondition.${v}`),
  ...REQUIREMENTS.flatMap((v) => [`requirement.${v}`, `requirement.${v}.help`]),
  ...RETENTION_UNITS.map((v) => `retentionUnit.${v}`),
  ...RETENTION_STARTS.map((v) => `retentionStart.${v}`),
  ...RECIPIENT_ROLES.flatMap((v) => [`recipientRole.${v}`, `recipientRole.${v}.help`]),
  ...CCPA_ROLES.flatMap((v) => [`ccpaRole.${v}`, `ccpaRole.${v}.help`]),
  ...TRANSFER_MECHANISMS.flatMap((v) => (v === 'dpf' ? ['mechanism.dpf.eu', 'mechanism.dpf.uk', 'mechanism.dpf.ch'] : [`mechanism.${v}`])),
  ...TRANSFER_MECHANISMS.map((v) => `mechanism.${v}.help`),
  ...DEROGATIONS.map((v) => `derogation.${v}`),
  ...REQUEST_CHANNEL_KINDS.map((v) => `requestChannel.${v}`),
  ...['eu', 'uk', 'ch'].map((v) => `field.transfer.${v}`),
  ...COOKIE_CATEGORIES.map((v) => `cookieCategory.${v}`),
  ...['email', 'sms', 'phone', 'post', 'push'].map((v) => `channel.${v}`),
  ...['first', 'third'].map((v) => `party.${v}`),
];

describe('UI messages', () => {
  it('have a label for every schema value the form offers', () => {
    const missing = DYNAMIC_KEYS.filter((key) => !(key in en));
    expect(missing).toEqual([]);
  });

  it('offer every transfer mechanism under some law, and the UK-only tools only under UK law', () => {
    const offered = new Set(Object.values(MECHANISMS_BY_LAW).flat());
    expect([...TRANSFER_MECHANISMS].filter((m) => !offered.has(m))).toEqual([]);
    expect(MECHANISMS_BY_LAW.eu).not.toContain('idta');
    expect(MECHANISMS_BY_LAW.ch).not.toContain('uk-addendum');
    expect(MECHANISMS_BY_LAW.uk).toContain('idta');
  });
});
