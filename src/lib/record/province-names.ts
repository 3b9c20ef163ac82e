// Official province names (idn-area-data), for the province figures of the public record.
import { getProvinces } from 'idn-area-data';

let cached: Promise<ReadonlyMap<string, string>> | undefined;

/** Province code -> official name, read once per process. */
export function provinceNames(): Promise<ReadonlyMap<string, string>> {
  cached ??= getProvinces().then((rows) => new Map(rows.map((r) => [r.code, r.name])));
  return cached;
}
