/** A postal address as the project stores it. */
export interface PostalAddress {
  street: string;
  postalCode: string;
  city: string;
  region?: string;
  country: string;
}

/**
 * The city line in the country's own convention: "111 57 Stockholm",
 * "Portland, OR 97209", "London SW1A 1AA", "Sydney NSW 2000". Countries not
 * listed write the postal code before the city, as most of Europe does.
 */
const CITY_LINE: Readonly<Record<string, (a: PostalAddress) => string>> = {
  US: (a) => `${a.city}${a.region ? `, ${a.region}` : ''} ${a.postalCode}`,
  CA: (a) => `${a.city}${a.region ? ` ${a.region}` : ''} ${a.postalCode}`,
  AU: (a) => `${a.city}${a.region ? ` ${a.region}` : ''} ${a.postalCode}`,
  GB: (a) => `${a.city} ${a.postalCode}`,
  IE: (a) => `${a.city}${a.region ? `, ${a.region}` : ''}, ${a.postalCode}`,
  BR: (a) => `${a.city}${a.region ? ` – ${a.region}` : ''}, ${a.postalCode}`,
};

/** Countries whose city line above writes a state, province or county (`region`). */
const REGION_COUNTRIES: ReadonlySet<string> = new Set(['US', 'CA', 'AU', 'BR', 'IE']);

/** Whether addresses in `country` (ISO code) use a state, province or county, so the form asks for one. */
export function usesRegion(country: string): boolean {
  return REGION_COUNTRIES.has(country);
}

/**
 * The address as lines. A region is written only where the country's
 * addresses use one: the form hides it elsewhere, and a value kept from an
 * earlier country must not print where the user can no longer see it.
 * Lines: street, city line, country name (named by `countryName`).
 */
export function addressLines(address: PostalAddress, countryName: (code: string) => string): string[] {
  const cityLine = CITY_LINE[address.country]?.(address) ?? `${address.postalCode} ${address.city}`;
  return [address.street, cityLine, countryName(address.country)];
}
