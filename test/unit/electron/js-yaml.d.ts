// js-yaml ships without types (electron-builder depends on it); only `load` is used, in the config test.
declare module 'js-yaml' {
  export function load(text: string): unknown;
}
