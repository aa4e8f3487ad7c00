import { PROCESSOR_ROLES, type Project } from '../model/schema.ts';
import { quoted } from './risk-text.ts';
import type { RiskWarning } from './types.ts';

/** Each recipient's role against what the activities that use it do, and what that role needs. */
export function recipientRisks(project: Project): RiskWarning[] {
  const warnings: RiskWarning[] = [];
  project.recipients.forEach((r, i) => {
    const at = `recipients[${i}]`;
    const linked = project.activities.filter((a) => a.recipients.includes(r.id));
    if (linked.length === 0) {
      warnings.push({ path: at, message: `${r.name} is not linked to any activity, so the policy cannot say what it receives: add "${r.id}" to the recipients of the activities it serves, or remove it.` });
    }
    const advertising = linked.filter((a) => a.sells || a.sharesForAdvertising || a.targetedAdvertising);
    if (advertising.length > 0) {
      const purposes = advertising.map((a) => quoted(project, a.purpose)).join(', ');
      // 11 CCR §7050(b): a service provider or contractor cannot provide cross-context behavioural advertising; a buyer is a third party.
      if (PROCESSOR_ROLES.includes(r.role)) {
        warnings.push({ path: `${at}.role`, message: `${r.name} receives data for ${purposes}, which sells it or uses it for advertising: a company that does that for itself is not a processor; change its role (usually independent controller).` });
      } else if (r.ccpaRole === 'service-provider' || r.ccpaRole === 'contractor') {
        warnings.push({ path: `${at}.ccpaRole`, message: `${r.name} receives data for ${purposes}, which sells it or uses it for advertising: under the CCPA that makes it a third party, not a ${r.ccpaRole.replace('-', ' ')} (11 CCR §7050(b)).` });
      }
    }
    if (r.role === 'independent-controller' && r.privacyPolicyUrl === undefined) {
      warnings.push({ path: `${at}.privacyPolicyUrl`, message: `${r.name} uses the data under its own privacy policy: enter its address so the policy can link to it.` });
    }
    if (r.role === 'joint-controller' && r.jointArrangement === undefined) {
      warnings.push({ path: `${at}.jointArrangement`, message: `${r.name} is a joint controller: describe the essence of your arrangement, which the policy must make available (GDPR Art. 26(2)).` });
    }
  });
  return warnings;
}

/** Data categories no activity uses: the policy would list data it gives no purpose for (GDPR Art. 13(1)(c)). */
export function unusedCategoryRisks(project: Project): RiskWarning[] {
  const used = new Set(project.activities.flatMap((a) => a.categories));
  return project.dataCategories.flatMap((c, i) =>
    used.has(c.id) ? [] : [{ path: `dataCategories[${i}]`, message: `${quoted(project, c.name)} is not used by any activity: add "${c.id}" to the categories of the activities that use it, or remove it.` }],
  );
}
