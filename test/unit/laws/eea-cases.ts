import type { ItemCase } from './harness.ts';

/**
 * The cases of the items national law in the EEA adds to the GDPR
 * (`shared/laws/eea-notice-items.ts`). The base project is a Swedish company
 * with an analytics cookie, so Sweden's cookie rule applies to it.
 */
export const eeaCases: ItemCase[] = [
  {
    id: 'cookie-information',
    notApplicable: (p) => void (p.cookies = (p.cookies ?? []).filter((c) => c.category === 'necessary')),
  },
];
