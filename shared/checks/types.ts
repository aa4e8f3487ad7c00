/**
 * A risky fact: allowed (the file is valid and the policy renders), but a
 * privacy professional would act on it. `path` names the field that fixes it
 * (`recipients[2].transfers.eu`), `message` says in one line what is wrong
 * and what to do. Warnings never change an exit code; errors do.
 */
export interface RiskWarning {
  path: string;
  message: string;
}
