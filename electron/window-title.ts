/** The product name shown in window titles. */
export const PRODUCT_NAME = 'Policy Studio';

/**
 * The window title: `name — Policy Studio`, with a leading `•` while there
 * are unsaved changes, so that the state shows in the taskbar and the window
 * switcher too. A project never saved is "Untitled".
 */
export function windowTitle(fileName: string | null, dirty: boolean): string {
  const name = fileName === null || fileName.trim() === '' ? 'Untitled' : fileName;
  return `${dirty ? '• ' : ''}${name} — ${PRODUCT_NAME}`;
}
