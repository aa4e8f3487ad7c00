import { lazy } from 'react';

/**
 * The panels and dialogs a project's first render does not show, each in a
 * chunk of its own that loads when first opened: the page starts with less
 * JavaScript to parse, and the guided interview and the cookie finder bring
 * the service and cookie library with them only then. Render them inside a
 * <Suspense>.
 */
export const LazyCookieDiscovery = lazy(() => import('./CookieDiscovery.tsx').then((m) => ({ default: m.CookieDiscovery })));
export const LazyInterviewDialog = lazy(() => import('./interview/InterviewDialog.tsx').then((m) => ({ default: m.InterviewDialog })));
export const LazyCompareView = lazy(() => import('./versions/CompareView.tsx').then((m) => ({ default: m.CompareView })));
export const LazyPublishDialog = lazy(() => import('./versions/PublishDialog.tsx').then((m) => ({ default: m.PublishDialog })));
export const LazyExportRedlineDialog = lazy(() => import('./versions/ExportRedlineDialog.tsx').then((m) => ({ default: m.ExportRedlineDialog })));
export const LazyTranslationView = lazy(() => import('./TranslationView.tsx').then((m) => ({ default: m.TranslationView })));
