// Official names of the areas a published row names by code ('' for a code the reference does not know).
import type { AreaIndex } from '../../geo/area-index.ts';

export interface AreaNames {
  city(code: string): string;
  kecamatan(code: string): string;
}

export function areaNames(areas: AreaIndex): AreaNames {
  return {
    city: (code) => areas.regencies.get(code)?.name ?? '',
    kecamatan: (code) => areas.districts.get(code)?.name ?? '',
  };
}
