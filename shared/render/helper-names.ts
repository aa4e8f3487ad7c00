/**
 * The helpers `helpers.ts` registers, by name. Templates compile knowing them
 * (`TEMPLATE_OPTIONS`): a helper call then goes straight to the helper, and
 * `{{name}}` reads the fact without first asking whether a helper of that
 * name exists. `registerHelpers` checks it registers exactly these.
 */
export const HELPER_NAMES = [
  't',
  'text',
  'country',
  'date',
  'enum',
  'msg',
  'days',
  'duration',
  'retention',
  'sentence',
  'each',
  'eq',
  'gt',
  'includes',
  'list',
  'address',
  'addressBlock',
  'link',
  'mailto',
] as const;
