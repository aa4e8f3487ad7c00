/** The form's fields now live one per module in `fields/`; this keeps the old import path working. */
export * from './fields/index.ts';
