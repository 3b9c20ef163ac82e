// The provinces of the covered cities, named from idn-area-data: the national path from the home page is
// province -> kota/kabupaten -> kecamatan, so no page lists all 514 cities or 7,285 kecamatan at once.
import { siteData } from './site-data.ts';
import { getProvinces } from 'idn-area-data';
import { manyCities } from './many-cities.ts';
import type { CityInfo, SiteData } from './model.ts';

export interface ProvinceInfo {
  readonly code: string;
  readonly name: string;
  readonly cities: readonly CityInfo[];
}

const built = new WeakMap<SiteData, Promise<readonly ProvinceInfo[]>>();

/** Every province with at least one covered city, in code order, its cities in the data's order. */
export function provinces(site: SiteData): Promise<readonly ProvinceInfo[]> {
  let hit = built.get(site);
  if (hit === undefined) {
    hit = getProvinces().then((all) => {
      const name = new Map(all.map((p) => [p.code, p.name]));
      const cities = new Map<string, CityInfo[]>();
      for (const c of site.cities) {
        const code = c.code.slice(0, 2);
        cities.set(code, [...(cities.get(code) ?? []), c]);
      }
      return [...cities].sort(([a], [b]) => a.localeCompare(b)).map(([code, list]) => ({ code, name: name.get(code) ?? code, cities: list }));
    });
    built.set(site, hit);
  }
  return hit;
}

/** The province a city lies in (its code's first two digits). */
export const provinceOf = (cityCode: string): string => cityCode.slice(0, 2);

/** Whether pages go through provinces: many cities spread over more than one province. */
export function manyProvinces(site: SiteData): boolean {
  return manyCities(site) && new Set(site.cities.map((c) => provinceOf(c.code))).size > 1;
}

/** The route params of the per-province pages (province pages and their no-JavaScript place lists, both languages): none unless the site spans several provinces with many cities. */
export async function provincePaths(): Promise<{ params: { code: string } }[]> {
  const data = siteData();
  return manyProvinces(data) ? (await provinces(data)).map((p) => ({ params: { code: p.code } })) : [];
}
