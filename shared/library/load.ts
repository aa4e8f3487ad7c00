import servicesJson from '../../templates/library/services.json';
import cookiesJson from '../../templates/library/cookies.json';
import purposesJson from '../../templates/library/cookie-purposes.json';
import { cookiesFileSchema, purposesFileSchema, servicesFileSchema } from './schema.ts';
import type { LibraryCookie, LibraryService } from './types.ts';

/** The library as loaded: its data version and its entries, validated. */
export interface Library {
  version: { services: number; cookies: number };
  services: readonly LibraryService[];
  cookies: readonly LibraryCookie[];
}

/** Validates the three data files and joins each cookie to its purpose texts; throws naming the first bad entry. */
export function buildLibrary(servicesData: unknown, cookiesData: unknown, purposesData: unknown): Library {
  const services = servicesFileSchema.parse(servicesData);
  const cookies = cookiesFileSchema.parse(cookiesData);
  const { purposes } = purposesFileSchema.parse(purposesData);
  const resolved = cookies.cookies.map((c): LibraryCookie => {
    const purpose = purposes[c.purpose];
    if (!purpose) throw new Error(`library cookie "${c.id}" names the purpose "${c.purpose}", which cookie-purposes.json does not have`);
    const { purpose: _purposeId, ...rest } = c;
    return { ...rest, purpose };
  });
  // A service's cookies: those its entry names, and those the cookie data links to it.
  const withCookies = services.services.map((service): LibraryService => {
    const linked = resolved.filter((c) => c.serviceId === service.id).map((c) => c.id);
    return { ...service, cookies: [...new Set([...service.cookies, ...linked])] };
  });
  return { version: { services: services.version, cookies: cookies.version }, services: withCookies, cookies: resolved };
}

let cached: Library | undefined;

/** The library shipped in templates/library/, validated once per process. */
export function library(): Library {
  cached ??= buildLibrary(servicesJson, cookiesJson, purposesJson);
  return cached;
}
