/** The form's field components, one module each; every field binds to a project path and shows its own messages. */
export { CheckboxField } from './CheckboxField.tsx';
export { CountryDatalist, CountryField, CountryInput } from './country.tsx';
export { DateField, DateInput, dateMessage } from './DateField.tsx';
export { useWarning } from './hooks.ts';
export { LinesField } from './LinesField.tsx';
export { LocalizedField, SourceText } from './LocalizedField.tsx';
export { MultiCheckField } from './MultiCheckField.tsx';
export { NumberField } from './NumberField.tsx';
export { SelectField } from './SelectField.tsx';
export { FieldShell, FieldWarning, type FieldOption } from './shell.tsx';
export { TextField } from './TextField.tsx';
export { YesNoField } from './YesNoField.tsx';
