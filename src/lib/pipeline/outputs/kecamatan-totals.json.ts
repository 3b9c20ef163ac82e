// publish/kecamatan-totals.json: one entry per kecamatan with its figures for each election.
import { ALL, type SiteData } from '../../model.ts';
import type { OutputStage } from './output-stage.ts';

/** The per-kecamatan totals file: one entry per kecamatan with its figures for each election. */
function kecamatanTotals(site: SiteData): unknown {
  return {
    dataUpTo: site.dataUpTo,
    elections: [...site.elections.map((e) => e.id), ALL],
    kecamatan: site.kecamatan.map((k) => ({
      code: k.code,
      name: k.name,
      city_code: k.cityCode,
      totals: Object.fromEntries(Object.entries(site.totals).map(([election, table]) => [election, table[k.code]])),
    })),
  };
}

export const kecamatanTotalsJson: OutputStage = async (io, { site }) => {
  await io.writeFile('publish/kecamatan-totals.json', `${JSON.stringify(kecamatanTotals(site), null, 1)}\n`);
  return undefined;
};
