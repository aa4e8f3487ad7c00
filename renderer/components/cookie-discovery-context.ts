import { createContext, useContext } from 'react';

/** Opens the "Find cookies" dialog; provided by the app around the form, so the cookies section can offer it. Null: not available here. */
export const OpenCookieDiscoveryContext = createContext<(() => void) | null>(null);

export function useOpenCookieDiscovery(): (() => void) | null {
  return useContext(OpenCookieDiscoveryContext);
}
