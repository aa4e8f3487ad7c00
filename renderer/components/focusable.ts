/** What can take the keyboard's focus in the form: where "go to field" and a section reached with Tab put it. */
export const FOCUSABLE = 'input:not([type="hidden"]), select, textarea, button, [tabindex]:not([tabindex="-1"])';
