import { hasUsJurisdiction } from '../laws/us-jurisdictions.ts';
import type { Project } from '../model/schema.ts';
import { quoted } from './risk-text.ts';
import type { RiskWarning } from './types.ts';

/**
 * How to make a request under the CCPA, Cal. Civ. Code §1798.130(a)(1)(A):
 * two or more methods, at least a toll-free number; a business that operates
 * exclusively online with a direct relationship to the consumer needs only
 * an email address. No channels entered means email to `company.email`.
 */
function requestChannelRisks(project: Project): RiskWarning[] {
  const path = 'company.requestChannels';
  const channels = project.company.requestChannels.length > 0 ? project.company.requestChannels : [{ kind: 'email' as const, email: project.company.email }];
  if (project.company.onlineOnly === true) {
    return channels.some((c) => c.kind === 'email')
      ? []
      : [{ path, message: 'the CCPA asks a business that operates only online to give an email address for requests: add an email channel.' }];
  }
  const warnings: RiskWarning[] = [];
  if (channels.length < 2) {
    warnings.push({ path, message: 'the CCPA asks for two or more ways to make a request (Cal. Civ. Code §1798.130(a)(1)(A)): add another channel, such as a web form or a toll-free number.' });
  }
  if (!channels.some((c) => c.kind === 'phone' && c.tollFree)) {
    warnings.push({ path, message: 'the CCPA asks for a toll-free number for requests unless the business operates exclusively online with a direct relationship to consumers: add a toll-free phone channel, or set company.onlineOnly if that exception applies.' });
  }
  return warnings;
}

/** California: request channels and the statutory category of each data category (§1798.110(c), §1798.130(a)(5)(B)). */
export function californiaRisks(project: Project): RiskWarning[] {
  if (!project.jurisdictions.includes('US-CA')) return [];
  const categories = project.dataCategories.flatMap((c, i) =>
    c.ccpaCategory === undefined ? [{ path: `dataCategories[${i}].ccpaCategory`, message: `choose the CCPA category ${quoted(project, c.name)} falls under, so the California section can list it.` }] : [],
  );
  return [...requestChannelRisks(project), ...categories, ...sensitivePiRisks(project)];
}

/**
 * Sensitive personal information: whether it stays within the purposes of
 * 11 CCR §7027(m) decides the right to limit (§1798.121), so the policy needs
 * the answer; selling or sharing it is never such a purpose.
 */
function sensitivePiRisks(project: Project): RiskWarning[] {
  const soldOrShared = new Set(project.activities.filter((a) => a.sells || a.sharesForAdvertising).flatMap((a) => a.categories));
  return project.dataCategories.flatMap((c, i) => {
    if (c.sensitivePi === undefined) return [];
    const path = `dataCategories[${i}].sensitivePiUse`;
    if (c.sensitivePiUse === undefined) {
      return [{ path, message: `say whether ${quoted(project, c.name)} (sensitive personal information) is used only for the purposes the CCPA allows without a choice (providing the service, security, fraud prevention), or beyond them.` }];
    }
    if (c.sensitivePiUse === 'permitted-purposes' && soldOrShared.has(c.id)) {
      return [{ path, message: `${quoted(project, c.name)} is sold or shared by an activity, which is beyond the purposes the CCPA allows without a choice: set it to "beyond-permitted", or stop selling or sharing it.` }];
    }
    return [];
  });
}

/**
 * COPPA (15 U.S.C. §6502, 16 CFR 312.5): a service open to children under 13,
 * or directed at children, needs verifiable parental consent; without a
 * described process the policy cannot say it obtains one.
 */
export function childrenRisks(project: Project): RiskWarning[] {
  const us = hasUsJurisdiction(project);
  const { minimumAge, directedAtChildren, parentalConsent } = project.children;
  if (!us || parentalConsent !== undefined) return [];
  if (!directedAtChildren && !(minimumAge > 0 && minimumAge < 13)) return [];
  return [{ path: 'children.parentalConsent', message: 'children under 13 may use the service and US law is selected: describe how a parent\'s verifiable consent is obtained, or raise the minimum age to 13.' }];
}
