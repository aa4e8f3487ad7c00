export * from './countries.ts';
export * from './errors.ts';
export * from './languages.ts';
export * from './localized.ts';
export * from './migrate.ts';
export * from './project-file.ts';
export * from './schema.ts';
