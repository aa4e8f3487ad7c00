import { Window } from 'happy-dom';
import type { ParseHtml } from '../document/html-to-document.ts';

let window: Window | undefined;

/**
 * HTML parsing for Node (CLI, main process, tests) on one long-lived
 * happy-dom window with scripts, styles and frames disabled: creating a
 * window per call, as `@tiptap/html`'s server build does, costs more than the
 * parse itself.
 */
export const parseHtmlInNode: ParseHtml = (html) => {
  window ??= new Window({
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
    },
  });
  const container = window.document.createElement('div');
  container.innerHTML = html;
  return container as unknown as HTMLElement;
};
