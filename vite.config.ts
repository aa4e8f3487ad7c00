import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { precompiledHandlebars } from './renderer/build-plugins/precompiled-handlebars.ts';

/**
 * The renderer: Vite root `renderer/`, built to `out/renderer` with relative
 * asset paths so the page loads from a file:// or app:// URL in Electron and
 * from the browser test host alike. Templates are bundled from `templates/`,
 * precompiled so that Handlebars needs no eval under the page's CSP.
 */
export default defineConfig({
  root: fileURLToPath(new URL('./renderer/', import.meta.url)),
  base: './',
  plugins: [
    react(),
    precompiledHandlebars({
      templatesDir: fileURLToPath(new URL('./templates/', import.meta.url)),
      runtimeModule: fileURLToPath(new URL('./renderer/handlebars-precompiled.ts', import.meta.url)),
    }),
  ],
  build: {
    outDir: fileURLToPath(new URL('./out/renderer/', import.meta.url)),
    emptyOutDir: true,
    // Never inline assets as data: URLs into scripts or styles the CSP would have to allow.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    target: 'es2022',
    // Loaded from disk, so size matters less than on the web: the entry holds the editor, the pipeline and every language's
    // templates. What the first render does not show is split off with import() and React.lazy (renderer/components/lazy-panels.ts,
    // renderer/state/library.ts), so that opening the app parses less.
    chunkSizeWarningLimit: 5000,
  },
  server: { fs: { allow: [fileURLToPath(new URL('./', import.meta.url))] } },
});
