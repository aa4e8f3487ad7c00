/**
 * Chromium features turned off in every browser we start: the print engine
 * (`cdp/launch-chromium.ts`), and the cookie scanner and end-to-end tests,
 * which playwright-core launches.
 *
 * Chromium reads only the last `--disable-features` switch on its command
 * line, and playwright-core passes one of its own before ours: a switch of
 * ours replaces its list rather than adding to it. So ours repeats
 * playwright-core's (1.65: `disabledFeatures` in lib/coreBundle.js, with its
 * reasons there; test/unit/node/chromium-features.test.ts checks that a
 * browser we start has every feature off that playwright-core's own launch
 * has off) and adds what we need besides.
 */
const PLAYWRIGHT_DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
] as const;

/**
 * Headless Chromium (new headless mode, 132+) opens a real browser window per
 * context, and each window preloads its address bar's suggestion popup, a
 * WebUI page in a renderer process of its own (chrome://omnibox-popup.top-chrome/).
 * Nobody types into that address bar: on Debian's Chromium 156 the popup cost
 * 550–700 ms of CPU per browser start, a fifth of the large project's PDF.
 */
const OMNIBOX_POPUP_FEATURES = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup', 'WebUIOmniboxFullPopup'] as const;

export const DISABLED_CHROMIUM_FEATURES: readonly string[] = [...PLAYWRIGHT_DISABLED_FEATURES, ...OMNIBOX_POPUP_FEATURES];

/** The one `--disable-features` switch for every Chromium we start, through playwright-core or not. */
export const DISABLE_FEATURES_ARG = `--disable-features=${DISABLED_CHROMIUM_FEATURES.join(',')}`;
